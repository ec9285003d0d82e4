#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Gazetteer

/// Incremental SHA-256 of a document for the output's `sha256`.
///
/// Uses the system libcrypto when it can be loaded at run time (hardware SHA extensions make the
/// hash ~10× faster than portable code, which matters at hundreds of MB/s); otherwise the
/// Gazetteer's portable implementation. Both give the same digest.
struct DocumentDigest {
    private typealias InitFn = @convention(c) (UnsafeMutableRawPointer) -> Int32
    private typealias UpdateFn = @convention(c) (UnsafeMutableRawPointer, UnsafeRawPointer, Int) -> Int32
    private typealias FinalFn = @convention(c) (UnsafeMutablePointer<UInt8>, UnsafeMutableRawPointer) -> Int32

    private struct Native: @unchecked Sendable {
        let initFn: InitFn
        let update: UpdateFn
        let final: FinalFn
    }

    /// libcrypto's SHA256_* functions, when present.
    private static let native: Native? = {
        for name in ["libcrypto.so.3", "libcrypto.so", "libcrypto.dylib"] {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            if let i = dlsym(handle, "SHA256_Init"), let u = dlsym(handle, "SHA256_Update"), let f = dlsym(handle, "SHA256_Final") {
                return Native(initFn: unsafeBitCast(i, to: InitFn.self), update: unsafeBitCast(u, to: UpdateFn.self),
                              final: unsafeBitCast(f, to: FinalFn.self))
            }
        }
        return nil
    }()

    private var context: UnsafeMutableRawPointer?
    private var portable = SHA256()

    init() {
        if let native = DocumentDigest.native {
            // SHA256_CTX is 112 bytes; allocate generously.
            let ctx = UnsafeMutableRawPointer.allocate(byteCount: 256, alignment: 16)
            _ = native.initFn(ctx)
            context = ctx
        }
    }

    /// Feeds bytes.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if let context, let native = DocumentDigest.native {
            _ = native.update(context, base, bytes.count)
        } else {
            portable.update(bytes.bindMemory(to: UInt8.self))
        }
    }

    /// The hex digest; the digest cannot be fed afterwards.
    mutating func finalize() -> String {
        var digest: [UInt8]
        if let context, let native = DocumentDigest.native {
            digest = [UInt8](repeating: 0, count: 32)
            _ = digest.withUnsafeMutableBufferPointer { native.final($0.baseAddress!, context) }
            context.deallocate()
            self.context = nil
        } else {
            digest = portable.finalize()
        }
        let hex: [Character] = Array("0123456789abcdef")
        return String(digest.flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] })
    }
}
