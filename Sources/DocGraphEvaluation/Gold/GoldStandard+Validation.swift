extension GoldStandard {
    /// Checks what decoding cannot: names that must be listed, lists that must not be empty,
    /// unique ids. The first problem found is thrown.
    func validate(path: String) throws(GoldStandardError) {
        func fail(_ location: String, _ problem: String) -> GoldStandardError {
            .invalid(path: path, location: location, problem: problem)
        }
        guard !documents.isEmpty else {
            throw fail("documents", "the list is empty; list the files the annotations cover")
        }
        var files = Set<String>()
        for (index, document) in documents.enumerated() {
            guard !document.file.allSatisfy(\.isWhitespace) else { throw fail("documents[\(index)].file", "it is empty") }
            guard files.insert(document.file).inserted else {
                throw fail("documents[\(index)].file", "\"\(document.file)\" is listed twice")
            }
        }
        func check(_ file: String, at location: String) throws(GoldStandardError) {
            guard files.contains(file) else {
                throw fail(location, "\"\(file)\" is not one of the files in \"documents\"")
            }
        }
        func checkName(_ name: String, at location: String) throws(GoldStandardError) {
            guard !NameNormaliser.organisations.normalise(name).isEmpty else {
                throw fail(location, "the name is empty")
            }
        }
        func checkKeywords(_ keywords: [String], at location: String) throws(GoldStandardError) {
            guard keywords.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
                throw fail(location, "there are no keywords; give at least one word or phrase a match must hold")
            }
        }
        for (index, person) in people.enumerated() {
            try checkName(person.name, at: "people[\(index)].name")
            for (position, file) in person.docs.enumerated() { try check(file, at: "people[\(index)].docs[\(position)]") }
        }
        for (index, organisation) in organisations.enumerated() {
            try checkName(organisation.name, at: "organisations[\(index)].name")
            for (position, file) in organisation.docs.enumerated() {
                try check(file, at: "organisations[\(index)].docs[\(position)]")
            }
        }
        for (index, meeting) in meetings.enumerated() { try check(meeting.doc, at: "meetings[\(index)].doc") }
        for (index, decision) in decisions.enumerated() {
            try check(decision.doc, at: "decisions[\(index)].doc")
            try checkKeywords(decision.keywords, at: "decisions[\(index)].keywords")
        }
        var ids = Set<String>()
        for (index, commitment) in commitments.enumerated() {
            guard ids.insert(commitment.id).inserted else {
                throw fail("commitments[\(index)].id", "\"\(commitment.id)\" is used by an earlier commitment")
            }
            try check(commitment.doc, at: "commitments[\(index)].doc")
            try checkKeywords(commitment.keywords, at: "commitments[\(index)].keywords")
        }
        for (index, followUp) in followUps.enumerated() {
            guard ids.contains(followUp.commitment) else {
                throw fail("follow_ups[\(index)].commitment", "no commitment has the id \"\(followUp.commitment)\"")
            }
            try check(followUp.doc, at: "follow_ups[\(index)].doc")
            try checkKeywords(followUp.keywords, at: "follow_ups[\(index)].keywords")
        }
    }
}
