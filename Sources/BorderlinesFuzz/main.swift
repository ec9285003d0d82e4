// Placeholder until the fuzz harness lands.
print("borderlines-fuzz: no harness yet")
