// NewsGraphRules: rule files in, a compiled `RuleSet` out.
//
// Reads `Rules/<lang>/*.rules` (lexicon classes, character classes, named
// patterns, phases and rules with examples) and the word lists in
// `Rules/lexicons/`, checks the whole set (unknown names, duplicate ids, cycles,
// patterns that match nothing or everything) and compiles each pattern into a
// small NFA program. Every error names file:line:col with a caret and a code.
// Non-goals: running the rules over text (NewsGraphExtraction does).
