import DocGraphKit
import DocGraphStore
import Testing

/// Texts written in the style of other bodies' newsletters and panel reports (another county,
/// other names, all made up): the same code must find their people and organisations.
@Suite struct OtherBodiesTests {
    static let newsletter = """
        Monthly update from the Northshire Police and Crime Commissioner
        May 2019
        This month I was delighted to welcome Detective Chief Superintendent Karen Oduya as the new head of Northshire Police's Public Protection Unit. Karen joins us from Southvale Constabulary, where she led the Child Sexual Exploitation team.

        I also met Councillor Peter Graves, Leader of Eastbridge Borough Council, and Sue Halloran, Chief Executive of Northshire Victim Support, to discuss funding for the Safe Haven project in Eastbridge.

        Members of the Northshire Police and Crime Panel questioned me on the precept at their meeting at County Hall on 14 May. The Panel's chair, Cllr Anwar Malik, thanked officers for their report.

        Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its report on the force this month. HMICFRS rated Northshire Police as good at preventing crime.

        Pictured: PC Dan Whitley and PCSO Amy Chen with Inspector Raj Patel at the Eastbridge Community Day in Millbrook Park.

        The month ahead
        June 3: Meeting with the Northshire Youth Offending Service, Eastbridge
        June 5: Visit to Rotherby Fire Station
        June 12: Northshire Safeguarding Children Partnership
        June 19: Speaking at Northshire Farmers Union AGM, Hallam

        Keep up to date with the latest news from the Northshire PCC
        Follow us on Twitter and Facebook
        """

    static let panelReport = """
        Report of the Police, Fire and Crime Commissioner to the Southvale Police, Fire and Crime Panel

        1. Introduction
        The Commissioner, Mrs Helen Brierley, presents this report on her activity since the last meeting of the Panel on 2 February 2020.

        2. Appointments
        I am pleased to report that Mark O'Connell has been appointed as Chief Finance Officer for the Office of the Police, Fire and Crime Commissioner. Mark previously worked for Southvale County Council.

        3. Partnership working
        The Southvale Community Safety Partnership met on 10 February. Representatives of the Crown Prosecution Service, HM Courts and Tribunals Service and the National Probation Service attended, together with Jo Fenwick from the charity Safe Lives Southvale.

        I also attended the Association of Police and Crime Commissioners (APCC) general meeting in London, where the Policing Minister, Kit Malthouse MP, spoke. The APCC will publish its response in March.

        4. Complaints
        The Independent Office for Police Conduct (IOPC) upheld one complaint. Chief Constable Andrew Pike and I will review the findings with Deputy Chief Constable Sarah Finch. Sarah will report back to the Panel in June.

        5. Community grants
        Grants were awarded to Rotherby Boxing Club, the Hallam Mosque Youth Project, Age UK Southvale and Street Pastors. Grace Adeyemi, who runs Rotherby Boxing Club, said the money would help young people stay safe.
        """

    static let pressRelease = """
        Safer Streets Fund Success for Amber Vale
        Knife Crime Awareness Week

        L-R: Supt. Claire Dunn, Dr. Emma Hart of the University of Northshire and Professor Tom Ellis at Victoria Park.

        The Safer Streets Fund bid, led by Amber Vale District Council with Northshire Police, has secured £550,000 from the Home Office. Supt. Dunn said: "This money will make a real difference." Ms Hart added that the research team would evaluate the project.

        Chief Inspector Mo Rahman, who leads the neighbourhood team in Grace Road, thanked residents. Mo has worked in the area for ten years.

        Jack Frost and Christmas lights were switched on at the Market Place, and Will Hay from the Rotary Club of Amber Vale handed out leaflets.

        The Victims' Commissioner, Dame Vera Baird, visited Jane's Place, a women's refuge run by the charity Safe Steps. She met the manager, Aisha Rahman, and volunteers from Northshire Victim Support.

        Councillor Bryn ap Gwilym, cabinet member for communities at Amber Vale District Council, welcomed the news.
        """

    func names(_ label: String, _ text: String) async throws -> [String] {
        try EntityPipeline.names(label, in: try await EntityPipeline.ingest([text]))
    }

    @Test func aNewsletterOfAnotherCounty() async throws {
        let people = try await names(GraphVocabulary.person, Self.newsletter)
        #expect(people == ["Amy Chen", "Anwar Malik", "Dan Whitley", "Karen Oduya", "Peter Graves", "Raj Patel", "Sue Halloran"])
        let bodies = try await names(GraphVocabulary.organisation, Self.newsletter)
        #expect(bodies == [
            "Eastbridge Borough Council", "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
            "Northshire Farmers Union", "Northshire Police", "Northshire Police and Crime Panel",
            "Northshire Safeguarding Children Partnership", "Northshire Youth Offending Service", "Public Protection Unit",
            "Southvale Constabulary",
        ])
    }

    @Test func aPanelReportOfAPoliceFireAndCrimeCommissioner() async throws {
        let people = try await names(GraphVocabulary.person, Self.panelReport)
        #expect(people == ["Andrew Pike", "Grace Adeyemi", "Helen Brierley", "Jo Fenwick", "Kit Malthouse", "Mark O'Connell", "Sarah Finch"])
        let bodies = try await names(GraphVocabulary.organisation, Self.panelReport)
        #expect(bodies == [
            "Association of Police and Crime Commissioners", "Crown Prosecution Service", "HM Courts and Tribunals Service",
            "Independent Office for Police Conduct", "National Probation Service",
            "Office of the Police, Fire and Crime Commissioner", "Rotherby Boxing Club", "Safe Lives Southvale",
            "Southvale Community Safety Partnership", "Southvale County Council", "Southvale Police, Fire and Crime Panel",
        ])
    }

    @Test func aPressReleaseWithDictionaryWordsForNames() async throws {
        let people = try await names(GraphVocabulary.person, Self.pressRelease)
        #expect(people == ["Aisha Rahman", "Bryn ap Gwilym", "Claire Dunn", "Emma Hart", "Mo Rahman", "Tom Ellis", "Vera Baird"])
        let bodies = try await names(GraphVocabulary.organisation, Self.pressRelease)
        #expect(bodies == [
            "Amber Vale District Council", "Home Office", "Northshire Police", "Rotary Club", "Safe Steps", "University of Northshire",
        ])
        let places = try await names(GraphVocabulary.place, Self.pressRelease)
        #expect(places == ["Grace Road", "Market Place", "Victoria Park"])
    }
}
