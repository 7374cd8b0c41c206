import Foundation
import NewsGraphStore

/// The rules' version: FNV-1a 64 over every file under the rules directory
/// (sorted relative paths and their bytes). Any edit to a rule, lexicon or
/// word list changes it, and so re-extracts every document.
public enum RulesFingerprint {
    public static func of(directory: String) -> String {
        let fm = FileManager.default
        var paths: [String] = []
        if let walker = fm.enumerator(atPath: directory) {
            while let p = walker.nextObject() as? String {
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: (directory as NSString).appendingPathComponent(p), isDirectory: &isDir), !isDir.boolValue {
                    paths.append(p)
                }
            }
        }
        var bytes: [UInt8] = []
        for p in paths.sorted() {
            bytes += Array(p.utf8) + [0]
            bytes += Array(fm.contents(atPath: (directory as NSString).appendingPathComponent(p)) ?? Data()) + [0]
        }
        return ContentHash.hex(ContentHash.fnv1a64(bytes))
    }
}
