/// A headed part of a policy, with its clauses and other text in source order.
public struct Section: Codable, Hashable, Sendable {
    public enum Item: Hashable, Sendable {
        case clause(Clause)
        case passage(Passage)
    }

    /// "B", "3", "4.6", or an ordinal ("s2") where the heading has none.
    public var id: String
    public var heading: String?
    public var line: Int?
    public var items: [Item]

    public init(id: String, heading: String?, line: Int?, items: [Item] = []) {
        self.id = id
        self.heading = heading
        self.line = line
        self.items = items
    }

    public var clauses: [Clause] {
        items.compactMap { if case .clause(let clause) = $0 { return clause } else { return nil } }
    }
}

extension Section.Item: Codable {
    enum CodingKeys: String, CodingKey { case clause, passage }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let clause = try container.decodeIfPresent(Clause.self, forKey: .clause) {
            self = .clause(clause)
        } else {
            self = .passage(try container.decode(Passage.self, forKey: .passage))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .clause(let clause): try container.encode(clause, forKey: .clause)
        case .passage(let passage): try container.encode(passage, forKey: .passage)
        }
    }
}
