@testable import ConcordKit

/// Extracts the clauses of a small document written in a test.
func clauses(_ text: String, markdown: Bool = false) -> [Clause] {
    PolicyReader().read(SourceText(name: "test", text: text, isMarkdown: markdown)).document.clauses
}

/// A compact, comparable form of a rule: "staff must-not befriend pupils".
func summary(_ rule: Rule) -> String {
    var parts = [rule.subject.map(\.rawValue).joined(separator: ","), rule.modality.rawValue, rule.action.rawValue]
    if !rule.audience.isEmpty { parts.append("to:" + rule.audience.map(\.rawValue).joined(separator: ",")) }
    if let age = rule.age { parts.append("age:\(age.comparator.rawValue)-\(age.years)-\(age.appliesTo.rawValue)") }
    if !rule.context.isEmpty { parts.append("in:" + rule.context.map(\.rawValue).joined(separator: ",")) }
    if !rule.exceptions.isEmpty { parts.append("unless:" + rule.exceptions.map(\.rawValue).joined(separator: ",")) }
    return parts.joined(separator: " ")
}
