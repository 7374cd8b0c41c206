import NewsGraphCore

/// An attendance role (annotation-guidelines §2 Event; graph-model `attended`).
public enum AttendanceRole: String, Sendable, Hashable, CaseIterable {
    case leader, participant, speaker, accompanying
}

/// One event of one article, with what the text says about it.
public struct EventRecord: Sendable, Hashable {
    /// The event as the text names it (its label).
    public var label: Mention
    /// The trigger word the label ends with (`竞赛`, `联席会议`, `调研`).
    public var trigger: String
    /// The date as written, and as ISO `YYYY-MM-DD` when the document gives the year.
    public var date: Mention?
    public var isoDate: String?
    public var attendees: [Attendee]
    public var organizers: [Mention]
    public var locations: [Mention]
    /// The 1-based index of the article the event belongs to (0 when there are no articles).
    public var article: Int
    /// Which of the article's events this is, from 1 in text order (an article may report
    /// several occasions: a call, then a meeting the same day with someone else).
    public var occurrence: Int = 1

    public struct Attendee: Sendable, Hashable {
        public var person: Mention
        public var role: AttendanceRole
        /// The cue that gave the role, or the sentence the person attended in.
        public var evidence: TextSpan
        public var rule: String
    }
}
