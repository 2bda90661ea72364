import ArgumentParser
import DocGraphKit
import DocGraphReports
import DocGraphStore
import Foundation

/// `docgraph met`: every meeting a person or organisation attended.
struct MetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "met",
        abstract: "List every meeting a person or organisation attended, in date order, with the evidence.",
        discussion: """
            NAME is a person or organisation, by name or alias ("NFU" finds the National Farmers \
            Union). Each meeting comes with its date, whether it was held or planned, the place, \
            the others present and the sentence that says so. A meeting the text gives no date \
            for is placed at its document's date.

            Examples:
              docgraph met "Jane Smith"
              docgraph met NFU --format json
              docgraph met "Jane Smith" --with "Tom Baker" --since 2017-01 --status held
              docgraph met "Warwickshire Police" --until 2017-06-30 --format markdown > meetings.md
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("A person or organisation, by name or alias.", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("Keep only meetings this party also attended.", valueName: "name"))
    var with: String?

    @Option(name: .long, help: ArgumentHelp("Keep meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Keep meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(name: .long, help: "Keep only held or only planned meetings.")
    var status: MeetingStatus?

    @Option(name: .long, help: "Output format: table, json, csv or markdown.")
    var format: MetFormat = .table

    func validate() throws {
        for (option, value) in [("--since", since), ("--until", until)] {
            if let value, PartialDate(iso: value) == nil {
                throw ValidationError("\(option) '\(value)' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")
            }
        }
    }

    func run() throws {
        try CommandFailure.reporting {
            let store = try storeOptions.open()
            let filter = MeetingFilter(
                with: with, since: since.flatMap(PartialDate.init(iso:)), until: until.flatMap(PartialDate.init(iso:)),
                status: status?.rawValue)
            let meetings: [AttendedMeeting]
            do {
                meetings = try MeetingReport(graph: store).meetings(attendedBy: name, filter: filter)
            } catch let error as MeetingReportError {
                throw CommandFailure(error.description)
            }
            Terminal.print(MetOutput(name: name, meetings: meetings).render(format))
        }
    }
}

enum MeetingStatus: String, ExpressibleByArgument, CaseIterable {
    case held, planned
}

enum MetFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown
}
