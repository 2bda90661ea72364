import DocGraphKit

/// Merges candidates that report the same meeting, so each meeting is one node per document:
/// - a sentence that only adds to the meeting before it (within its section) is folded in;
/// - candidates with the same proper name ("Kenilworth Show" in a heading and in the text);
/// - recurring meetings with the same title;
/// - a picture caption and the nearest meeting its section reports (or the section's other
///   captions, when it reports none).
struct MeetingMerger {
    func merge(_ readings: [(sentence: Int, section: Int, reading: SentenceMeetings.Reading)], diary: [MeetingCandidate])
        -> [MeetingCandidate] {
        var candidates = diary
        var lastInSection: [Int: Int] = [:]
        for item in readings {
            switch item.reading {
            case .meeting(let candidate):
                if candidate.isVague, let target = lastInSection[item.section], candidates[target].source != .diary {
                    candidates[target].absorb(candidate)
                    continue
                }
                candidates.append(candidate)
                lastInSection[item.section] = candidates.count - 1
            case .addition(let participants, let places, let fallback):
                guard let target = lastInSection[item.section], candidates[target].source != .diary else {
                    if let fallback {
                        candidates.append(fallback)
                        lastInSection[item.section] = candidates.count - 1
                    }
                    continue
                }
                for participant in participants { candidates[target].add(participant) }
                for place in places { candidates[target].addPlace(place, evidence: participants.first?.evidence ?? candidates[target].evidence) }
            case .nothing:
                continue
            }
        }
        return mergeCaptions(mergeHeadings(mergeSameName(candidates))).filter { !$0.participants.isEmpty || !$0.places.isEmpty }
    }

    private func mergeSameName(_ candidates: [MeetingCandidate]) -> [MeetingCandidate] {
        var result: [MeetingCandidate] = []
        var byName: [String: Int] = [:]
        for candidate in candidates {
            guard candidate.source == .narrative, candidate.isNamed || candidate.isRecurring,
                  let name = candidate.nameKey else {
                result.append(candidate)
                continue
            }
            if let index = byName[name] {
                if result[index].isHeading && !candidate.isHeading {
                    // The text's report is the meeting; the heading only names it.
                    var body = candidate
                    body.absorb(result[index])
                    result[index] = body
                } else {
                    result[index].absorb(candidate)
                }
            } else {
                byName[name] = result.count
                result.append(candidate)
            }
        }
        return result
    }

    /// A heading naming an event merges into the first other meeting its section reports.
    private func mergeHeadings(_ candidates: [MeetingCandidate]) -> [MeetingCandidate] {
        var result = candidates.filter { !$0.isHeading }
        for heading in candidates where heading.isHeading {
            if let body = result.firstIndex(where: { $0.section == heading.section && $0.source == .narrative }) {
                result[body].absorb(heading)
            } else {
                result.append(heading)
            }
        }
        return result
    }

    private func mergeCaptions(_ candidates: [MeetingCandidate]) -> [MeetingCandidate] {
        var result = candidates.filter { $0.source != .caption }
        for caption in candidates where caption.source == .caption {
            let nearest = result.indices
                .filter { result[$0].section == caption.section && result[$0].source != .diary }
                .min { abs(result[$0].sentence - caption.sentence) < abs(result[$1].sentence - caption.sentence) }
            if let nearest {
                result[nearest].absorb(caption)
            } else {
                result.append(caption)
            }
        }
        return result.sorted { ($0.evidence.start, $0.title.start) < ($1.evidence.start, $1.title.start) }
    }
}

