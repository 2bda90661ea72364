import DocGraphKit
import DocGraphStore
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct PopoloValidationTests {
    /// Validates every object of a Popolo export against the schemas in ../shared/popolo with
    /// Python's jsonschema (Draft 3, with the schemas' own ids resolved to the local files).
    static let validator = """
        import json, sys, pathlib
        from jsonschema import Draft3Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT3
        folder = pathlib.Path(sys.argv[1])
        resources = []
        for path in folder.glob("*.json"):
            schema = json.loads(path.read_text())
            resources.append((schema["id"].rstrip("#"), Resource(contents=schema, specification=DRAFT3)))
            resources.append((schema["id"], Resource(contents=schema, specification=DRAFT3)))
        registry = Registry().with_resources(resources)
        document = json.load(open(sys.argv[2]))
        kinds = {"persons": "person", "organizations": "organization", "memberships": "membership", "posts": "post", "events": "event"}
        errors = 0
        count = 0
        for key, name in kinds.items():
            schema = json.loads((folder / f"{name}.json").read_text())
            validator = Draft3Validator(schema, registry=registry)
            for item in document.get(key, []):
                count += 1
                for error in validator.iter_errors(item):
                    errors += 1
                    print(f"{key} {item.get('id')}: {error.message}")
        print(f"validated {count} objects, {errors} errors")
        sys.exit(1 if errors else 0)
        """

    @Test func everyObjectValidatesAgainstThePopoloSchemas() throws {
        let store = try ExportFixtures.store()
        let json = try PopoloExporter().export(try store.snapshot())
        let folder = try SharedPaths.temporaryDirectory()
        let exportFile = folder.appendingPathComponent("popolo.json")
        let script = folder.appendingPathComponent("validate.py")
        try json.write(to: exportFile, atomically: true, encoding: .utf8)
        try Self.validator.write(to: script, atomically: true, encoding: .utf8)
        let schemas = SharedPaths.shared.appendingPathComponent("popolo/schemas")
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", script.path, schemas.path, exportFile.path])
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("validated 6 objects, 0 errors"), "\(result.output)\(result.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let events = try #require(document["events"] as? [[String: Any]])
        #expect(events.first?["start_date"] as? String == "2017-03-03")
        #expect(events.first?["location"] as? String == "Bletchley")
        #expect((events.first?["attendees"] as? [[String: Any]])?.count == 2)
        let memberships = try #require(document["memberships"] as? [[String: Any]])
        #expect(memberships.first?["role"] as? String == "Chair")
    }
}
