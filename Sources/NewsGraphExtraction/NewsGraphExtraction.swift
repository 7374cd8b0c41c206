// NewsGraphExtraction: a page in, entity mentions and relations out.
//
// `RuleEngine` runs the compiled phases over the page text (lexicon hits →
// candidates → overlap policy → annotations for the next phase); the
// extractors turn the final annotations into typed mentions and relations
// (`HoldsExtractor`). Every result names the rule that produced it.
// Non-goals: identity across documents (NewsGraphResolution).
