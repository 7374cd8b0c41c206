// corpusgen: writes a deterministic synthetic corpus of Chinese local-news pages.
//
//   corpusgen --mb 100 --jsonl /tmp/syn-100.jsonl      one JSONL file ({"id", "text"} per line)
//   corpusgen --mb 1000 --dir /tmp/syn-1g              one .txt per page, 1,000 per sub-folder
//   options: --seed N (default 20240101), --rules DIR (default: the checkout's Rules/)
//
// Same seed, same rules directory → the same bytes.
import BenchSupport
import Foundation

let args = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}
guard let mbText = option("--mb"), let mb = Double(mbText), mb > 0 else {
    fail("usage: corpusgen --mb N (--jsonl FILE | --dir DIR) [--seed N] [--rules DIR]")
}
let seed = UInt64(option("--seed") ?? "20240101") ?? 20_240_101
let target = Int(mb * 1_000_000)
var gen: SyntheticCorpus
do { gen = try SyntheticCorpus(seed: seed, rulesDirectory: option("--rules") ?? Paths.rulesDirectory) } catch {
    fail("cannot read the division lexicons: \(error)")
}

var written = 0
var docs = 0
if let path = option("--jsonl") {
    FileManager.default.createFile(atPath: path, contents: nil)
    guard let out = FileHandle(forWritingAtPath: path) else { fail("cannot write \(path)") }
    var buffer = Data()
    while written < target {
        let text = gen.nextDocument()
        written += text.utf8.count
        docs += 1
        buffer.append(contentsOf: JSONLCorpus.line(CorpusDocument(id: String(format: "syn-%07d", docs), text: text)).utf8)
        if buffer.count > 1 << 22 { out.write(buffer); buffer.removeAll(keepingCapacity: true) }
    }
    out.write(buffer)
    try? out.close()
} else if let dir = option("--dir") {
    while written < target {
        let text = gen.nextDocument()
        written += text.utf8.count
        docs += 1
        let sub = dir + String(format: "/%04d", (docs - 1) / 1000)
        if (docs - 1) % 1000 == 0 {
            try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        }
        guard FileManager.default.createFile(atPath: sub + String(format: "/syn-%07d.txt", docs), contents: Data(text.utf8)) else {
            fail("cannot write into \(sub)")
        }
    }
} else {
    fail("give --jsonl FILE or --dir DIR")
}
print("corpusgen: \(docs) documents, \(written) bytes of text (seed \(seed))")
