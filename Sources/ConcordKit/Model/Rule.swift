/// The normalized meaning of a clause: who, how strongly, does what, towards
/// whom, under which age, where, and unless what. Lists are kept sorted and
/// free of duplicates so that two equal rules compare equal.
public struct Rule: Codable, Hashable, Sendable {
    public var subject: [Role] { didSet { subject = subject.canonical } }
    public var modality: Modality
    public var action: Action
    public var audience: [Role] { didSet { audience = audience.canonical } }
    public var age: AgeThreshold?
    public var context: [Context] { didSet { context = context.canonical } }
    public var exceptions: [Exception] { didSet { exceptions = exceptions.canonical } }

    public init(
        subject: [Role],
        modality: Modality,
        action: Action,
        audience: [Role] = [],
        age: AgeThreshold? = nil,
        context: [Context] = [],
        exceptions: [Exception] = []
    ) {
        self.subject = subject.canonical
        self.modality = modality
        self.action = action
        self.audience = audience.canonical
        self.age = age
        self.context = context.canonical
        self.exceptions = exceptions.canonical
    }

    enum CodingKeys: String, CodingKey {
        case subject, modality, action, audience, age, context, exceptions
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            subject: try container.decode([Role].self, forKey: .subject),
            modality: try container.decode(Modality.self, forKey: .modality),
            action: try container.decode(Action.self, forKey: .action),
            audience: try container.decodeIfPresent([Role].self, forKey: .audience) ?? [],
            age: try container.decodeIfPresent(AgeThreshold.self, forKey: .age),
            context: try container.decodeIfPresent([Context].self, forKey: .context) ?? [],
            exceptions: try container.decodeIfPresent([Exception].self, forKey: .exceptions) ?? []
        )
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subject, forKey: .subject)
        try container.encode(modality, forKey: .modality)
        try container.encode(action, forKey: .action)
        try container.encode(audience, forKey: .audience)
        try container.encode(age, forKey: .age)
        try container.encode(context, forKey: .context)
        try container.encode(exceptions, forKey: .exceptions)
    }
}

extension Array where Element: Comparable & Hashable {
    /// Sorted, without duplicates: the one form in which sets of ids are kept.
    var canonical: [Element] {
        if count < 2 { return self }
        // Most lists are canonical already: kept, not sorted into new arrays.
        var index = 1
        while index < count, self[index - 1] < self[index] { index += 1 }
        if index == count { return self }
        // Lists of ids are short: sort, then drop neighbours that repeat.
        let sorted = self.sorted()
        var result: [Element] = []
        result.reserveCapacity(sorted.count)
        for element in sorted where result.last != element { result.append(element) }
        return result
    }
}
