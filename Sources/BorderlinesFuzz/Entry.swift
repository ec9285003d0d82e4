#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes one line to stderr.
func warn(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

#if FUZZING
// libFuzzer build (scripts/fuzz.sh): `-DFUZZING -sanitize=fuzzer,address`. libFuzzer supplies
// `main`; the target is chosen once from BORDERLINES_FUZZ_TARGET (geojson or geoparser).

/// The harness selected by BORDERLINES_FUZZ_TARGET.
let selectedHarness: @Sendable ([UInt8]) -> Void = {
    let name = ProcessInfo.processInfo.environment["BORDERLINES_FUZZ_TARGET"] ?? ""
    guard let harness = FuzzHarness.targets[name] else {
        warn("BorderlinesFuzz: set BORDERLINES_FUZZ_TARGET to one of: \(FuzzHarness.targets.keys.sorted().joined(separator: ", "))")
        exit(64)
    }
    return harness
}()

/// libFuzzer's driver, called from `main`: SwiftPM links an executable target with `main` defined
/// as `BorderlinesFuzz_main`, so libFuzzer's own `main` is not used and this entry point starts it.
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

@main
struct BorderlinesFuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        _ = selectedHarness
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzerTestOneInput(data, size) })
    }
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    _ = selectedHarness
    if ProcessInfo.processInfo.environment["BORDERLINES_FUZZ_TARGET"] == "geoparser" { _ = FuzzHarness.parser }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedHarness(bytes)
    return 0
}

#else
/// Corpus replayer: `BorderlinesFuzz geojson|geoparser FILE|DIR...` runs every file (directories
/// recursively, in sorted order) through the harness and exits 0; a crash is a crash.
@main
struct BorderlinesFuzz {
    static func main() {
        let args = Array(CommandLine.arguments.dropFirst())
        let names = FuzzHarness.targets.keys.sorted().joined(separator: "|")
        guard args.count >= 2, let harness = FuzzHarness.targets[args[0]] else {
            warn("usage: BorderlinesFuzz \(names) FILE|DIR...")
            exit(64)
        }
        var files: [String] = []
        for path in args.dropFirst() {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                warn("BorderlinesFuzz: \(path): no such file or directory")
                exit(66)
            }
            if isDir.boolValue {
                let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                    .map { (path as NSString).appendingPathComponent($0) }
                    .filter { var d: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue }
                files += found.sorted()
            } else {
                files.append(path)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                warn("BorderlinesFuzz: \(file): cannot read")
                exit(66)
            }
            if ProcessInfo.processInfo.environment["BORDERLINES_FUZZ_VERBOSE"] != nil { warn("\(file)") }
            harness([UInt8](data))
        }
        print("replayed \(files.count) file(s) through \(args[0])")
    }
}
#endif
