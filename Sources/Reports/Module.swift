/// Placeholder so the target builds until the module lands.
enum ReportsModule {}
