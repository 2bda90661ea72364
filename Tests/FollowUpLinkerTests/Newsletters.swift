/// Small invented newsletters for the linker's tests: a few lines of other news around the
/// statement under test, as real issues have.
enum Newsletters {
    static let otherNews = [
        "Rural crime officers visited farms across the district to advise on security.",
        "Volunteers handed out leaflets on staying safe online at the Saturday market.",
        "The grants scheme received many applications from local charities and clubs.",
        "Figures for the quarter show burglary down on the same period last year.",
        "The scrutiny panel met to examine the budget for the coming financial year.",
        "Cadets from the county took part in a national first aid competition.",
    ]

    /// An issue: a heading, the statement, other news, a signature.
    static func issue(_ month: String, _ statement: String, news: Range<Int> = 0..<3) -> String {
        """
        Monthly update from the Commissioner
        \(month)
        Community news
        \(statement)
        Around the county
        \(otherNews[news].joined(separator: " "))

        Jane Example
        Northshire Police and Crime Commissioner
        """
    }

    static let pledge = "I will open a new youth centre in Northtown by the end of 2018, with support from local employers."

    static func pair(_ later: String, date: String = "2017-09") -> [LinkedStore.Text] {
        [
            LinkedStore.Text(name: "a.txt", date: "2017-03", text: issue("March 2017", pledge, news: 0..<3)),
            LinkedStore.Text(name: "b.txt", date: date, text: issue("September 2017", later, news: 3..<6)),
        ]
    }
}
