import DocGraphKit
import Testing

/// Which statements are commitments, and of which kind.
@Suite struct CommitmentRecognitionTests {
    @Test(arguments: [
        ("I pledged in my Police and Crime Plan to modernise policing in the county.", "pledge"),
        ("When it opens, the centre will mark a step towards the pledge I made in my Plan to deliver a modern force.", "pledge"),
        ("I gave the family the assurance that I would convene a meeting of the agencies.", "promise"),
        ("I will continue to hold the Chief Constable to account.", "promise"),
        ("My office will continue to work with the agencies on these suggestions.", "promise"),
        ("I'll have a full update in next month's newsletter.", "promise"),
        ("We are now looking to appoint a Chair and four independent members.", "intention"),
        ("My aim is to fund projects that will promote crime prevention.", "intention"),
        ("An advert for the recruitment of a Deputy Chief Executive is live.", "intention"),
        ("This will be followed in the summer by a phased roll-out of laptops.", "expectation"),
        ("Construction works are expected to be completed by the end of 2017.", "expectation"),
        ("The scheme will later be extended to cover the whole county.", "expectation"),
        ("There will be a full public consultation before any decisions are taken.", "expectation"),
        ("The next newsletter will be published on Friday, 7 April.", "expectation"),
        ("So we will be able to get a complete picture of online crime.", "expectation"),
    ])
    func commitment(text: String, kind: String) throws {
        #expect(try Extraction.kindAndDue(of: text)?.kind == kind, "\(text)")
    }

    @Test(arguments: [
        // Predictions about others and descriptions of how things work.
        "The Chief Constable will retire next year.",
        "They will be required to consult locally and submit a detailed business case.",
        "The Committee will review and scrutinise the affairs of both organisations.",
        "I know that other commissioners will be listening carefully to the views of the public.",
        "Police officers will be allocated the mobile devices, giving them access to force systems.",
        "This new investment, with the technologies which will be employed when the centre opens, is welcome.",
        "This week came the news that enough money has been raised for the care which will be required after surgery.",
        // Eligibility rules and conditions.
        "You will not be suitable if there could be a conflict of interest.",
        "If the budget is agreed, I will open a new police station.",
        "This will need to be discussed and agreed by the boards of each partner.",
        // Negations, wishes, questions and other people's words.
        "I am therefore not seeking to take on fire governance at this stage.",
        "I will not be standing again.",
        "I hope to see many more of you around the county during 2017.",
        "I look forward to working with Panel members over the coming months.",
        "So I'd urge people to come forward and find out more.",
        "Will you join us at the event?",
        "“I will fight for this village,” said the chair of the parish council.",
        // Things done, not promised.
        "Last week I launched the scheme at a conference in Rugby.",
        "The decision to award both contracts to one supplier will bring many advantages.",
    ])
    func notACommitment(text: String) throws {
        #expect(try Extraction.texts(in: text).isEmpty, "\(text)")
    }

    @Test func aCommitmentIsItsClause() throws {
        #expect(try Extraction.texts(in: "The record is good and I will continue to hold the force to account.")
            == ["I will continue to hold the force to account"])
        #expect(try Extraction.texts(in: "Rollout has started this week, with 3000 phones to be issued during March and April.")
            == ["3000 phones to be issued during March and April"])
        #expect(try Extraction.texts(in: "Any talks would be premature now, but this a topic I will looking at later in the year.")
            == ["this a topic I will looking at later in the year"])
    }

    @Test func anImpersonalFutureNeedsATimetable() throws {
        #expect(try Extraction.texts(in: "The new centre will be opened by the Minister.").isEmpty)
        #expect(try Extraction.texts(in: "The new centre will be opened in the autumn.") == ["The new centre will be opened in the autumn"])
        #expect(try Extraction.texts(in: "Decision forms will be published in due course.") == ["Decision forms will be published in due course"])
        #expect(try Extraction.texts(in: "The draft will then be developed into a protocol.") == ["The draft will then be developed into a protocol"])
    }

    @Test func aCompoundSubjectIsNotTheAuthorAlone() throws {
        #expect(try Extraction.texts(in: "By publishing data, members of the public or we will see more.").isEmpty)
    }
}
