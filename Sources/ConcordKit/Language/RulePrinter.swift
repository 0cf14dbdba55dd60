/// Writes a rule line: `rule staff, governors must-not befriend pupils,
/// ex-pupils under 16 on personal-account unless with-approval`. An age is
/// written after the role it limits (audience first, then subject), or as
/// `age ROLE under N` when that role is in neither list.
enum RulePrinter {
    static func write(_ rule: Rule, to out: inout String) {
        out += "rule"
        let age = rule.age
        let ageInAudience = age.map { rule.audience.contains($0.appliesTo) } ?? false
        let ageInSubject = !ageInAudience && (age.map { rule.subject.contains($0.appliesTo) } ?? false)
        if !rule.subject.isEmpty {
            out += " "
            writeRoles(rule.subject, age: ageInSubject ? age : nil, to: &out)
        }
        out += " " + rule.modality.rawValue + " " + rule.action.rawValue
        if !rule.audience.isEmpty {
            out += " "
            writeRoles(rule.audience, age: ageInAudience ? age : nil, to: &out)
        }
        if let age, !ageInAudience, !ageInSubject {
            out += " age " + age.appliesTo.rawValue
            writeAge(age, to: &out)
        }
        if !rule.context.isEmpty {
            out += " on " + rule.context.map(\.rawValue).joined(separator: ", ")
        }
        if !rule.exceptions.isEmpty {
            out += " unless " + rule.exceptions.map(\.rawValue).joined(separator: ", ")
        }
    }

    private static func writeRoles(_ roles: [Role], age: AgeThreshold?, to out: inout String) {
        for (index, role) in roles.enumerated() {
            if index > 0 { out += ", " }
            out += role.rawValue
            if let age, age.appliesTo == role { writeAge(age, to: &out) }
        }
    }

    private static func writeAge(_ age: AgeThreshold, to out: inout String) {
        out += " " + age.comparator.rawValue + " \(age.years)"
    }
}
