// NewsGraphMatching: the automata. Knows scalars and integer ids, nothing of
// entity kinds or rule files.
//
// Input: keyword lists (each keyword an array of scalars with an integer id)
// and texts. Output: every (id, start, end) occurrence. Non-goals: overlap
// policy, which belongs to the extractors.
