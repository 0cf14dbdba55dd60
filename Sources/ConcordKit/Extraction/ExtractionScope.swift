/// What the text around a block says about it: the parties its heading
/// binds, the force its heading gives bare imperatives, the lead-in its list
/// hangs from, the role bullet it sits under, and the policy's defined terms.
struct ExtractionScope {
    /// A paragraph ending with a colon that list items hang from.
    struct LeadIn {
        var modality: Modality?
        var subject: [Role]
        /// The lead-in names its party itself (not a default).
        var namesParty = false
        var context: [Context]
        var exceptions: [Exception]
        /// Items inherit the lead-in's force even without a modal of their own.
        var isDeontic: Bool
        /// The lead-in introduces a statement ("The purpose of this policy
        /// is to:"): its items are not clauses unless they state a force.
        var isStatement = false
        /// The lead-in is a whole clause whose items are its conditions
        /// ("The school can take action … if it:"); items carry its rule.
        var rule: Rule?
        var depth: Int
        /// The lead-in's last sentence without its closing colon or dash,
        /// when each item reads as its end ("Staff must not:" + "post
        /// photographs" is one sentence): items are read joined to it.
        var stem: String?
        /// The lead-in's sentence is left open for its items to finish
        /// ("Staff must not:", "The aims of this policy are to:").
        var isOpen = false
        /// For a lead-in that is itself a list item: its depth and whether it
        /// is numbered. Bullets under "4.1 When using personal accounts,
        /// staff must:" are its items whatever depth their marker gives.
        var item: (depth: Int, kind: MarkerKind)?
        /// The kind of marker of the items under it, once the first is read.
        var childrenKind: MarkerKind?

        /// Kinds of list marker: a list inside an item uses another kind.
        enum MarkerKind: Equatable {
            case bullet, decimal, letter

            init(_ block: OutlineBlock) {
                guard let number = block.number else { self = .bullet; return }
                self = number.utf8.first.map { $0 >= 48 && $0 <= 57 } == true ? .decimal : .letter
            }
        }

        /// Whether a list item hangs from this lead-in.
        func governs(_ block: OutlineBlock) -> Bool {
            let depth = block.depth, kind = MarkerKind(block)
            guard let item else { return depth >= self.depth }
            if kind == item.kind {
                // "3.2 Staff must not:" with bullets under it: the next "3.3"
                // is its sibling, not its item.
                if let children = childrenKind, children != item.kind { return depth > item.depth }
                return depth >= self.depth
            }
            // A marker of another kind ("4.1 Users must not:" then "(i) …")
            // is a list inside the item.
            return true
        }
    }

    /// Roles named by the current heading (or the heading stacked above it).
    var headingRoles: [Role] = []
    /// The parties a paragraph says the current section's rules apply to
    /// ("The Do's and Don'ts below apply to all staff and to volunteers").
    var sectionScope: [Role]?
    /// Roles named by the current heading itself (empty if none).
    var currentHeadingOwnRoles: [Role] = []
    /// The party the last question asked about ("Can my child …?"), which
    /// does what its answer's passives say ("it must be handed in").
    var askedParty: [Role]?
    /// A paragraph after the question has answered it.
    var isAnswering = false
    /// Roles named by the heading before the current one.
    var previousHeadingRoles: [Role] = []
    /// The current heading is about breaches and sanctions.
    var headingIsAboutSanctions = false
    /// The current heading is an agreement, a code or rules for the party
    /// it names ("Parent agreement"), not only a topic ("Parents").
    var headingIsAgreement = false
    /// The parties the policy says it applies to ("This policy applies to
    /// all staff"); empty when it does not say.
    var policyScope: [Role] = []
    var headingForce: Modality?
    var headingContext: [Context] = []
    var leadIn: LeadIn?
    var roleBullet: (roles: [Role], depth: Int)?
    /// The subject last stated outright in the current list.
    var siblingSubject: [Role]?
    /// The parties the policy applies to when nothing else names one: those
    /// its title names ("Pupil Acceptable Use Agreement"), else staff.
    var scope: [Role] = [.staff]
    /// The parties the title names, when it names any.
    var documentParty: [Role]?
    /// The one setting the title names, when the whole policy is about it.
    var documentContext: Context?
    /// Whom "you" means where the policy says so ("Where it says 'you', it
    /// means any member of staff").
    var addressee: [Role]?
    /// Whom "you" means in the current section, where its heading says
    /// ("If you are a contractor").
    var headingAddressee: [Role]?
    /// The policy's defined terms, with the words that define them.
    var terms: [DefinitionFinder.Term] = []
    var definitions: [Definition] { terms.map(\.definition) }
    /// The terms that hold wherever their party is bound unnamed.
    var generalDefinitions: [Definition] { terms.filter(\.isGeneralName).map(\.definition) }

    /// The party a clause with no subject of its own binds.
    func boundParty(inList: Bool) -> [Role]? {
        if let roles = roleBullet?.roles { return roles }
        if let leadIn, !leadIn.subject.isEmpty, inList {
            // "Staff – Do:" under rules that apply to staff and volunteers
            // names the section's parties by one of them.
            if let sectionScope, leadIn.subject.allSatisfy(sectionScope.contains) { return sectionScope }
            return leadIn.subject
        }
        if !headingRoles.isEmpty { return headingRoles }
        if inList, let siblingSubject { return siblingSubject }
        return nil
    }

    /// Subjects with defined terms expanded ("staff" read to include
    /// contractors and volunteers).
    ///
    /// Static, on the definitions alone: a rule that called it as a method
    /// of the scope it reads in place copied the whole scope for the call.
    static func expand(_ roles: [Role], definitions: [Definition]) -> [Role] {
        // Most subjects name no defined term: kept as they are.
        if !roles.contains(where: { role in definitions.contains { $0.term == role } }) { return roles.canonical }
        var result: [Role] = []
        for role in roles {
            if let definition = definitions.first(where: { $0.term == role }) {
                result += definition.meaning
            } else {
                result.append(role)
            }
        }
        return result.canonical
    }
}
