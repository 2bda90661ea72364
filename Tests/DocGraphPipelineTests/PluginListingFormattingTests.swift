import DocGraphKit
import DocGraphPipeline
import Testing

@Suite struct PluginListingFormattingTests {
    private let listings = [
        PluginListing(manifest: PluginManifest(id: "text-reader.v1", name: "Text", summary: "Plain text", kind: .reader), enabled: true),
        PluginListing(manifest: PluginManifest(
            id: "core.v1", name: "Core", summary: "Words", kind: .extractor, needs: ["tokens"], produces: ["TITLE", "ORG_WORD"],
            origin: "rule-pack"), enabled: true),
        PluginListing(manifest: PluginManifest(
            id: "money.v2", name: "Money", summary: "Sums", kind: .extractor, needs: ["tokens"], produces: ["MONEY"],
            options: ["minimum": 0], origin: "external"), enabled: false),
    ]

    @Test func tableAlignsItsColumns() {
        #expect(PluginListing.table(listings) == """
            ID              VERSION  KIND       ORIGIN     ENABLED  NEEDS   PRODUCES
            text-reader.v1  1        reader     builtin    yes      -       -
            core.v1         1        extractor  rule-pack  yes      tokens  TITLE, ORG_WORD
            money.v2        2        extractor  external   no       tokens  MONEY

            """)
    }

    @Test func jsonListsEveryField() throws {
        #expect(try PluginListing.json(Array(listings.suffix(1))) == """
            [
              {
                "enabled" : false,
                "id" : "money.v2",
                "kind" : "extractor",
                "name" : "Money",
                "needs" : [
                  "tokens"
                ],
                "options" : {
                  "minimum" : 0
                },
                "origin" : "external",
                "produces" : [
                  "MONEY"
                ],
                "summary" : "Sums",
                "version" : 2
              }
            ]

            """)
    }
}
