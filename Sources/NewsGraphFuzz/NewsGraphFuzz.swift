// libFuzzer targets for the parts that read untrusted text:
//   layout   — bytes → DocumentLoader → PageLayout (decoding, line joining, segmentation)
//   rules    — text → RuleParser, then RuleCompiler with the checkout's lexicons
//   matcher  — bytes → the whole pipeline with the checkout's rules (layout, matching, extraction)
//              and the graph through the JSON-LD, GraphML and DOT writers into /dev/null
// The target is chosen by NEWSGRAPH_FUZZ_TARGET (default: layout).
//
// Built with `-Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address` (Fuzz/run.sh) this is a
// libFuzzer binary. A plain `swift build` makes a replay driver instead: it runs each file
// (or each file of each directory) given as argument through the target once, so the seed
// corpora and any crash file can be re-run without the sanitizers.
import Foundation
import NewsGraph
import NewsGraphIngest
import NewsGraphLayout
import NewsGraphRules
import NewsGraphSerialization

enum Fuzz {
    static let rulesDirectory: String = {
        if let dir = ProcessInfo.processInfo.environment["NEWSGRAPH_RULES"] { return dir }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Rules").path
    }()
    static let target = ProcessInfo.processInfo.environment["NEWSGRAPH_FUZZ_TARGET"] ?? "layout"
    static let layout: PageLayout = {
        do { return PageLayout(lexicon: try LayoutLexicon.load(rulesDirectory: rulesDirectory)) } catch {
            fatalError("cannot load the layout lexicon from \(rulesDirectory): \(error)")
        }
    }()
    static let pipeline: Pipeline = {
        do { return try Pipeline(rulesDirectory: rulesDirectory) } catch {
            fatalError("cannot compile the rules in \(rulesDirectory): \(error)")
        }
    }()

    /// Where the matcher target's graphs are written: the writers escape every id and text.
    nonisolated(unsafe) static let sink = ByteSink(fd: open("/dev/null", O_WRONLY), path: "/dev/null")  // libFuzzer runs one input at a time

    static func one(_ bytes: [UInt8]) {
        switch target {
        case "layout":
            guard let doc = try? DocumentLoader.load(bytes: bytes, name: "fuzz", origin: "fuzz") else { return }
            _ = layout.layout(doc)
        case "rules":
            // The compiler parses the text first: every input goes through both.
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? RuleCompiler(directory: rulesDirectory).compile(files: [(path: "fuzz.rules", text: text)])
        case "matcher":
            guard let doc = try? DocumentLoader.load(bytes: bytes, name: "fuzz", origin: "fuzz") else { return }
            let result = pipeline.process(doc)
            do {
                try GraphFileWriter.write(graph: result.graph, name: "fuzz", formats: OutputFormat.allCases, into: sink)
            } catch {
                fatalError("writing a graph to /dev/null failed: \(error)")
            }
        default:
            fatalError("NEWSGRAPH_FUZZ_TARGET must be layout, rules or matcher, not \(target)")
        }
    }

    /// Loads what a target needs before the first input, so libFuzzer does not time that.
    static func warmUp() {
        switch target {
        case "layout": _ = layout
        case "matcher": _ = pipeline
        default: break
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    Fuzz.warmUp()
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    Fuzz.one(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

// SwiftPM links an executable with `main` defined as `<module>_main`, so libFuzzer's own
// `main` is never pulled in: this entry point hands control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("NewsGraphFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    Fuzz.warmUp()
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzTestOneInput(data, size) }
}
#else
@main
struct Replay {
    static func main() throws {
        Fuzz.warmUp()
        var count = 0
        for arg in CommandLine.arguments.dropFirst() {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: arg, isDirectory: &isDir) else {
                FileHandle.standardError.write(Data("\(arg): no such file\n".utf8))
                exit(2)
            }
            let files =
                isDir.boolValue
                ? try FileManager.default.contentsOfDirectory(atPath: arg).sorted().map { arg + "/" + $0 } : [arg]
            for f in files {
                guard let data = FileManager.default.contents(atPath: f) else { continue }
                Fuzz.one([UInt8](data))
                count += 1
            }
        }
        print("\(Fuzz.target): \(count) input(s) ran")
    }
}
#endif
