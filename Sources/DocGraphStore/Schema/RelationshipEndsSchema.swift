import GRDB

/// How many relationships of each type there are (`relationship_type_count`), and how many of
/// them start (side 0) or end (side 1) at a node of each label (`relationship_end_label`),
/// kept exact by triggers on every write, whatever path it takes: documents, curation,
/// imports, bulk loads, cascading deletes.
///
/// A query compiler reads them to leave out a label check that every relationship of a type
/// already passes: when all 1.5 million ATTENDED relationships end at a Meeting, `(o)-[:ATTENDED]->
/// (m:Meeting)` needs no look-up per row. Any order of cascading deletes keeps the counts right:
/// a label removed first takes its node's relationships with it from the counts, and a
/// relationship removed after finds no label left to count down.
enum RelationshipEndsSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE relationship_type_count (
                type TEXT PRIMARY KEY,
                count INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE relationship_end_label (
                type TEXT NOT NULL,
                side INTEGER NOT NULL,
                label TEXT NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY (type, side, label)
            ) WITHOUT ROWID;
            INSERT INTO relationship_type_count (type, count) SELECT type, count(*) FROM relationship GROUP BY type;
            INSERT INTO relationship_end_label (type, side, label, count)
                SELECT r.type, 0, l.label, count(*) FROM relationship r JOIN node_label l ON l.node_id = r.start_id GROUP BY r.type, l.label;
            INSERT INTO relationship_end_label (type, side, label, count)
                SELECT r.type, 1, l.label, count(*) FROM relationship r JOIN node_label l ON l.node_id = r.end_id GROUP BY r.type, l.label;

            CREATE TRIGGER relationship_ends_insert AFTER INSERT ON relationship BEGIN
                \(added("NEW"))
            END;
            CREATE TRIGGER relationship_ends_delete AFTER DELETE ON relationship BEGIN
                \(removed("OLD"))
            END;
            CREATE TRIGGER relationship_ends_update AFTER UPDATE OF type, start_id, end_id ON relationship BEGIN
                \(removed("OLD"))
                \(added("NEW"))
            END;
            CREATE TRIGGER node_label_ends_insert AFTER INSERT ON node_label BEGIN
                INSERT INTO relationship_end_label (type, side, label, count)
                    SELECT type, 0, NEW.label, count(*) FROM relationship WHERE start_id = NEW.node_id GROUP BY type
                    ON CONFLICT (type, side, label) DO UPDATE SET count = count + excluded.count;
                INSERT INTO relationship_end_label (type, side, label, count)
                    SELECT type, 1, NEW.label, count(*) FROM relationship WHERE end_id = NEW.node_id GROUP BY type
                    ON CONFLICT (type, side, label) DO UPDATE SET count = count + excluded.count;
            END;
            CREATE TRIGGER node_label_ends_delete AFTER DELETE ON node_label BEGIN
                UPDATE relationship_end_label
                    SET count = count - (SELECT count(*) FROM relationship r WHERE r.start_id = OLD.node_id AND r.type = relationship_end_label.type)
                    WHERE side = 0 AND label = OLD.label;
                UPDATE relationship_end_label
                    SET count = count - (SELECT count(*) FROM relationship r WHERE r.end_id = OLD.node_id AND r.type = relationship_end_label.type)
                    WHERE side = 1 AND label = OLD.label;
            END;
            """)
    }

    /// The trigger statements that count a relationship (`row`: NEW) in.
    private static func added(_ row: String) -> String {
        """
        INSERT INTO relationship_type_count (type, count) VALUES (\(row).type, 1)
                    ON CONFLICT (type) DO UPDATE SET count = count + 1;
                INSERT INTO relationship_end_label (type, side, label, count)
                    SELECT \(row).type, 0, label, 1 FROM node_label WHERE node_id = \(row).start_id
                    ON CONFLICT (type, side, label) DO UPDATE SET count = count + 1;
                INSERT INTO relationship_end_label (type, side, label, count)
                    SELECT \(row).type, 1, label, 1 FROM node_label WHERE node_id = \(row).end_id
                    ON CONFLICT (type, side, label) DO UPDATE SET count = count + 1;
        """
    }

    /// The trigger statements that count a relationship (`row`: OLD) out.
    private static func removed(_ row: String) -> String {
        """
        UPDATE relationship_type_count SET count = count - 1 WHERE type = \(row).type;
                UPDATE relationship_end_label SET count = count - 1
                    WHERE type = \(row).type AND side = 0 AND label IN (SELECT label FROM node_label WHERE node_id = \(row).start_id);
                UPDATE relationship_end_label SET count = count - 1
                    WHERE type = \(row).type AND side = 1 AND label IN (SELECT label FROM node_label WHERE node_id = \(row).end_id);
        """
    }
}
