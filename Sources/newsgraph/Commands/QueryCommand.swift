import ArgumentParser
import Foundation
import NewsGraphQuery

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask the graph who attended what, who holds which title, and how people connect.",
        discussion: """
            Reads a store (--db, written by `extract --db`) or JSON-LD files (--jsonld).
            Names match a node's name or an alias; an unknown name prints the nearest
            known names and exits 1. Output is an aligned table, or --json / --csv.

            Examples:
              newsgraph query attended 张明远 --db graph.sqlite
              newsgraph query attendees 全市工会工作会议 --jsonld Output/
              newsgraph query holds 张明远 --db graph.sqlite --csv
              newsgraph query who 党组书记 --org 北京市总工会 --db graph.sqlite
              newsgraph query events --at 北京市 --from 2024-03 --to 2024-04 --db graph.sqlite
              newsgraph query path 张明远 李明 --db graph.sqlite --json
            """,
        subcommands: [Attended.self, Attendees.self, Holds.self, Who.self, Events.self, Path.self])

    /// Runs a query and prints it; an unknown name or no answer is exit status 1.
    static func run(_ query: QueryEngine.Query, _ options: QuerySourceOptions) throws {
        do {
            let result = try options.engine().run(query)
            FileHandle.standardOutput.write(Data(ResultFormatter.format(result, as: options.format).utf8))
        } catch let e as QueryError {
            if case .invalidDate = e { throw ValidationError(e.description) }
            var err = StandardError()
            print("newsgraph query: \(e)", to: &err)
            throw ExitCode(1)
        }
    }

    struct Attended: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Events a person attended: date, place, role, co-attendees.")
        @Argument(help: "The person's name or alias.") var person: String
        @OptionGroup var options: QuerySourceOptions
        func run() throws { try QueryCommand.run(.attended(person: person), options) }
    }

    struct Attendees: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Who attended an event, with roles.")
        @Argument(help: "The event's label.") var event: String
        @OptionGroup var options: QuerySourceOptions
        func run() throws { try QueryCommand.run(.attendees(event: event), options) }
    }

    struct Holds: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Titles a person holds, with organizations.")
        @Argument(help: "The person's name or alias.") var person: String
        @OptionGroup var options: QuerySourceOptions
        func run() throws { try QueryCommand.run(.holds(person: person), options) }
    }

    struct Who: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Who holds a title, optionally in one organization.")
        @Argument(help: "The title (an atomic position string, e.g. 党组书记).") var title: String
        @Option(name: .long, help: ArgumentHelp("Only this organization (name or alias).", valueName: "org"))
        var org: String?
        @OptionGroup var options: QuerySourceOptions
        func run() throws { try QueryCommand.run(.who(title: title, organization: org), options) }
    }

    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Events, filtered by place, organizer and dates (YYYY, YYYY-MM or YYYY-MM-DD, on startDate).")
        @Option(name: .long, help: ArgumentHelp("At this place or a place within it.", valueName: "place"))
        var at: String?
        @Option(name: .long, help: ArgumentHelp("Organized by this organization.", valueName: "org"))
        var by: String?
        @Option(name: .long, help: ArgumentHelp("On or after this date.", valueName: "date")) var from: String?
        @Option(name: .long, help: ArgumentHelp("On or before this date.", valueName: "date")) var to: String?
        @OptionGroup var options: QuerySourceOptions
        func run() throws { try QueryCommand.run(.events(EventFilter(at: at, by: by, from: from, to: to)), options) }
    }

    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The shortest connection between two people through events and organizations.")
        @Argument(help: "One person.") var from: String
        @Argument(help: "The other person.") var to: String
        @OptionGroup var options: QuerySourceOptions
        func run() throws { try QueryCommand.run(.path(from: from, to: to), options) }
    }
}
