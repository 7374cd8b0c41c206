import Foundation
import NewsGraphCore
import NewsGraphMatching

/// Compiles a rules directory (`LANG/*.rules` and `lexicons/*.txt`) into a `RuleSet`.
///
/// Validates everything first and reports every problem together (file:line:col,
/// code, caret): unknown lexicons, classes, kinds or phases; duplicate ids and
/// names; cycles between defines and lexicons; patterns that can match the
/// empty string; repetitions too large to compile.
public struct RuleCompiler {
    public let directory: String
    public let language: String

    public init(directory: String, language: String = "zh") {
        self.directory = directory
        self.language = language
    }

    /// Largest `{n,m}` span accepted: larger bounds would blow up the program.
    static let maxRepetition = 64

    public func compile() throws(RuleErrors) -> RuleSet {
        let dir = (directory as NSString).appendingPathComponent(language)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            throw RuleErrors(diagnostics: [RuleDiagnostic(.missingFile, SourceLocation(file: dir, line: 0, column: 0), "no rules directory")])
        }
        var files: [(String, String)] = []
        for name in names.sorted() where name.hasSuffix(".rules") {
            let path = (dir as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw RuleErrors(diagnostics: [RuleDiagnostic(.missingFile, SourceLocation(file: path, line: 0, column: 0), "cannot read rule file (not UTF-8?)")])
            }
            files.append((path, text))
        }
        return try compile(files: files)
    }

    /// Compiles rule files given as (path, text); lexicon files are read from `directory/lexicons`.
    public func compile(files: [(path: String, text: String)]) throws(RuleErrors) -> RuleSet {
        var state = CompileState(lexiconDirectory: (directory as NSString).appendingPathComponent("lexicons"))
        for (path, text) in files {
            let (file, errors) = RuleParser(path: displayPath(path)).parse(text)
            state.errors += errors
            state.declare(file)
        }
        var set = state.build()
        if !state.errors.isEmpty { throw RuleErrors(diagnostics: state.errors) }
        let root = displayPath(directory).hasSuffix("/") ? displayPath(directory) : displayPath(directory) + "/"
        for rule in set.rules {
            let file = rule.location.file.hasPrefix(root) ? String(rule.location.file.dropFirst(root.count)) : rule.location.file
            set.ruleSources[rule.id] = "\(file):\(rule.location.line)"
        }
        return set
    }

    func displayPath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}

/// The mutable work of one compile.
struct CompileState {
    let lexiconDirectory: String
    var errors: [RuleDiagnostic] = []
    var lexiconDecls: [String: LexiconDeclaration] = [:]
    var classDecls: [String: CharClassDeclaration] = [:]
    var defineDecls: [String: DefineDeclaration] = [:]
    var phaseDecls: [String: PhaseDeclaration] = [:]
    var ruleDecls: [RuleDeclaration] = []
    var used: Set<String> = []

    // Built tables.
    var lexiconNames: [String] = []
    var lexiconEntries: [[LexiconEntry]] = []
    var lexiconIndex: [String: Int32] = [:]
    /// Each lexicon file's entries, read once (`common-words.txt` feeds three lexicons).
    var fileEntries: [String: [LexiconEntry]] = [:]
    var charTests: [CharTest] = []
    var charTestIndex: [CharTest: Int32] = [:]
    var exclusionClasses: [Int32] = []
    var kinds: [String] = ["Person", "Title", "Organization", "Location", "Event"]

    init(lexiconDirectory: String) { self.lexiconDirectory = lexiconDirectory }

    mutating func declare(_ file: RuleFile) {
        func dup(_ what: String, _ name: String, _ loc: SourceLocation, _ first: SourceLocation) {
            errors.append(RuleDiagnostic(.duplicateRule, loc, "\(what) `\(name)` is already declared at \(first)"))
        }
        for l in file.lexicons {
            if let d = lexiconDecls[l.name] { dup("lexicon", l.name, l.location, d.location) } else { lexiconDecls[l.name] = l }
        }
        for c in file.classes {
            if let d = classDecls[c.name] { dup("class", c.name, c.location, d.location) } else { classDecls[c.name] = c }
        }
        for d in file.defines {
            if let e = defineDecls[d.name] { dup("define", d.name, d.location, e.location) } else { defineDecls[d.name] = d }
            if classDecls[d.name] != nil { errors.append(RuleDiagnostic(.duplicateRule, d.location, "`\(d.name)` is both a class and a define")) }
        }
        for p in file.phases {
            if let e = phaseDecls[p.name], e.order != p.order {
                errors.append(RuleDiagnostic(.duplicateRule, p.location, "phase `\(p.name)` has order \(e.order) at \(e.location)"))
            } else if phaseDecls[p.name] == nil {
                phaseDecls[p.name] = p
            }
        }
        for r in file.rules {
            if let e = ruleDecls.first(where: { $0.id == r.id }) { dup("rule", r.id, r.location, e.location) }
            ruleDecls.append(r)
        }
    }

    // MARK: - Lexicons

    mutating func lexicon(_ name: String, at loc: SourceLocation, resolving: [String] = []) -> Int32? {
        if let id = lexiconIndex[name] { return id }
        guard let decl = lexiconDecls[name] else {
            errors.append(RuleDiagnostic(.unknownLexicon, loc, "unknown lexicon `@\(name)`"))
            return nil
        }
        if resolving.contains(name) {
            errors.append(RuleDiagnostic(.cycle, decl.location, "lexicon cycle: \((resolving + [name]).joined(separator: " → "))"))
            return nil
        }
        used.insert("@" + name)
        var entries = entries(of: decl.sources, at: decl.location, resolving: resolving + [name])
        for op in decl.operations {
            switch op {
            case .stripSuffixes(let suffixes):
                // By scalars (lexicon text is NFC): `String`'s suffix test and hashing go grapheme by grapheme.
                let endings = suffixes.map { Array($0.unicodeScalars) }
                var extra: [LexiconEntry] = []
                // 滨海区 and 滨海县 both give 滨海: one derived entry.
                var seen: Set<[Unicode.Scalar]> = []
                for e in entries {
                    let scalars = [Unicode.Scalar](scalarsOf: e.text)
                    for s in endings where scalars.count > s.count && scalars.suffix(s.count).elementsEqual(s) {
                        let stem = Array(scalars.dropLast(s.count))
                        if seen.insert(stem).inserted {
                            extra.append(LexiconEntry(text: String(scalars: stem), location: e.location))
                        }
                        break
                    }
                }
                entries = extra
            case .minLength(let n):
                entries = entries.filter { $0.text.unicodeScalars.count >= n }
            case .minus(let sources):
                let drop = WordTable(self.entries(of: sources, at: decl.location, resolving: resolving + [name]).map(\.text))
                entries = entries.filter { !drop.contains($0.text) }
            }
        }
        return addLexicon(name, entries)
    }

    mutating func addLexicon(_ name: String, _ entries: [LexiconEntry]) -> Int32 {
        let id = Int32(lexiconNames.count)
        lexiconNames.append(name)
        lexiconEntries.append(entries)
        lexiconIndex[name] = id
        return id
    }

    mutating func entries(of sources: [LexiconDeclaration.Source], at loc: SourceLocation, resolving: [String]) -> [LexiconEntry] {
        var out: [LexiconEntry] = []
        for s in sources {
            switch s {
            case .entry(let text): out.append(LexiconEntry(text: text, location: loc))
            case .file(let file):
                if let read = fileEntries[file] {
                    out += read
                    continue
                }
                do {
                    let read = try LexiconLoader.read((lexiconDirectory as NSString).appendingPathComponent(file), displayName: "lexicons/" + file)
                    fileEntries[file] = read
                    out += read
                } catch {
                    errors.append(RuleDiagnostic(.missingFile, loc, "cannot read lexicon file `\(file)` in \(lexiconDirectory)"))
                }
            case .lexicon(let other):
                if let id = lexicon(other, at: loc, resolving: resolving) { out += lexiconEntries[Int(id)] }
            }
        }
        return out
    }

    mutating func literalClass(_ scalars: [Unicode.Scalar]) -> Int32 {
        let name = "\"" + String(scalars: scalars) + "\""
        if let id = lexiconIndex[name] { return id }
        return addLexicon(name, [LexiconEntry(text: String(scalars: scalars), location: SourceLocation(file: "", line: 0, column: 0))])
    }

    // MARK: - Patterns

    mutating func charTest(_ name: String, excludedLexicons: [String], excludedChars: [Unicode.Scalar], at loc: SourceLocation) -> Int32? {
        let ranges: [ClosedRange<UInt32>]
        if name == "any" {
            ranges = [0...9, 11...0x10FFFF]  // anything but a line break
        } else if let c = classDecls[name] {
            used.insert(name)
            ranges = c.ranges
        } else {
            errors.append(RuleDiagnostic(.unknownName, loc, "unknown character class `\(name)`"))
            return nil
        }
        var slots: [Int32] = []
        for l in excludedLexicons {
            guard let id = lexicon(l, at: loc) else { continue }
            if let slot = exclusionClasses.firstIndex(of: id) {
                slots.append(Int32(slot))
            } else if exclusionClasses.count < CharTest.maxExclusionSlots {
                slots.append(Int32(exclusionClasses.count))
                exclusionClasses.append(id)
            } else {
                errors.append(RuleDiagnostic(.tooComplex, loc, "more than \(CharTest.maxExclusionSlots) lexicons are excluded from character classes"))
            }
        }
        let test = CharTest(ranges: ranges, excludedScalars: Set(excludedChars.map(\.value)), excludedSlots: slots)
        if let id = charTestIndex[test] { return id }
        let id = Int32(charTests.count)
        charTests.append(test)
        charTestIndex[test] = id
        return id
    }

    func kind(_ name: String) -> Int32? { kinds.firstIndex(of: name).map(Int32.init) }

    mutating func kindID(_ name: String) -> Int32 {
        if let k = kind(name) { return k }
        kinds.append(name)
        return Int32(min(kinds.count - 1, Program.maxKinds - 1))
    }

    /// Expands references into a tree of resolved atoms.
    mutating func resolve(_ p: Pattern, defining: [String] = []) -> Resolved? {
        switch p {
        case .lexicon(let name, let loc):
            return lexicon(name, at: loc).map { .lexicon($0) }
        case .literal(let s, _):
            return .lexicon(literalClass(s))
        case .annotation(let names, _):
            return .annotation(names.map { kindID($0) })
        case .restricted(let name, let lex, let chars, let loc):
            return charTest(name, excludedLexicons: lex, excludedChars: chars, at: loc).map { .char($0) }
        case .reference(let name, let loc):
            if let d = defineDecls[name] {
                if defining.contains(name) {
                    errors.append(RuleDiagnostic(.cycle, loc, "pattern cycle: \((defining + [name]).joined(separator: " → "))"))
                    return nil
                }
                used.insert(name)
                return resolve(d.pattern, defining: defining + [name])
            }
            return charTest(name, excludedLexicons: [], excludedChars: [], at: loc).map { .char($0) }
        case .lineStart: return .lineStart
        case .lineEnd: return .lineEnd
        case .sequence(let items):
            let r = items.compactMap { resolve($0, defining: defining) }
            return r.count == items.count ? .sequence(r) : nil
        case .alternation(let items):
            let r = items.compactMap { resolve($0, defining: defining) }
            return r.count == items.count ? .alternation(r) : nil
        case .repetition(let inner, let lo, let hi):
            return resolve(inner, defining: defining).map { .repetition($0, lo, hi) }
        }
    }

    // MARK: - Build

    mutating func build() -> RuleSet {
        var phases: [String: [CompiledRule]] = [:]
        for decl in ruleDecls {
            guard phaseDecls[decl.phase] != nil else { continue }
            if decl.emit.isEmpty {
                errors.append(RuleDiagnostic(.syntax, decl.location, "rule `\(decl.id)` has no `emit:` kind"))
                continue
            }
            guard let pattern = resolve(decl.pattern) else { continue }
            let contexts = [decl.before, decl.after, decl.notBefore, decl.notAfter].map { $0.flatMap { resolve($0) } }
            if pattern.canMatchEmpty {
                errors.append(RuleDiagnostic(.matchesEmpty, decl.location, "the pattern of `\(decl.id)` can match the empty string"))
                continue
            }
            let emit = kindID(decl.emit)
            do {
                // A top-level alternation whose branches anchor differently runs as one program per branch.
                var branches = [pattern]
                if case .alternation(let alternatives) = pattern,
                    (try ProgramBuilder.anchored(pattern, before: contexts[0], after: contexts[1])).0 == .everywhere
                {
                    branches = alternatives
                }
                for (k, branch) in branches.enumerated() {
                    let (anchor, mode, forward, backward, context) = try ProgramBuilder.anchored(branch, before: contexts[0], after: contexts[1])
                    let rule = CompiledRule(
                        id: decl.id, location: decl.location, emit: emit, priority: decl.priority, anchor: anchor,
                        anchorMode: mode, forward: forward, backward: backward, contextForward: context,
                        before: try contexts[0].map { try ProgramBuilder.program($0.reversed) },
                        after: try contexts[1].map { try ProgramBuilder.program($0) },
                        notBefore: try contexts[2].map { try ProgramBuilder.program($0.reversed) },
                        notAfter: try contexts[3].map { try ProgramBuilder.program($0) },
                        examples: k == 0 ? decl.examples : [], declaration: decl)
                    phases[decl.phase, default: []].append(rule)
                }
            } catch {
                errors.append(RuleDiagnostic(.tooComplex, decl.location, "`\(decl.id)`: \(error)"))
            }
        }
        if kinds.count > Program.maxKinds {
            errors.append(RuleDiagnostic(.tooComplex, ruleDecls.first?.location ?? SourceLocation(file: "", line: 0, column: 0), "\(kinds.count) annotation kinds; at most \(Program.maxKinds)"))
        }
        let compiled = phaseDecls.values.sorted { ($0.order, $0.name) < ($1.order, $1.name) }.map {
            CompiledPhase(order: $0.order, name: $0.name, rules: phases[$0.name] ?? [])
        }
        var unused: [(String, SourceLocation)] = []
        for (n, d) in lexiconDecls where !used.contains("@" + n) { unused.append(("@" + n, d.location)) }
        for (n, d) in classDecls where !used.contains(n) { unused.append((n, d.location)) }
        for (n, d) in defineDecls where !used.contains(n) { unused.append((n, d.location)) }
        var keywords: [[Unicode.Scalar]] = []
        var keywordIndex = WordTable(capacity: lexiconEntries.reduce(0) { $0 + $1.count })
        var keywordClasses: [[Int32]] = []
        for (cls, entries) in lexiconEntries.enumerated() {
            for e in entries {
                let (k, inserted) = keywordIndex.insert(WordKey(e.text))
                if inserted {
                    keywords.append([Unicode.Scalar](scalarsOf: e.text))
                    keywordClasses.append([Int32(cls)])
                } else if keywordClasses[k].last != Int32(cls) {
                    keywordClasses[k].append(Int32(cls))
                }
            }
        }
        return RuleSet(
            lexiconNames: lexiconNames, lexiconEntries: lexiconEntries, automaton: AhoCorasick(keywords: keywords),
            keywordClasses: keywordClasses, charTests: charTests, exclusionClasses: exclusionClasses, kinds: kinds,
            phases: compiled, unusedNames: unused.sorted { $0.1.description < $1.1.description }.map { (name: $0.0, location: $0.1) })
    }
}
