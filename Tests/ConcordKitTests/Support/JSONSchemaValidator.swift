import Foundation

/// A validator for the subset of JSON Schema 2020-12 that the schemas in
/// `schemas/` use: `type`, `required`, `properties`, `additionalProperties`
/// (false or a schema), `propertyNames`, `items`, `prefixItems`,
/// `contains`, `minItems`, `maxItems`, `enum`, `const`, `oneOf`, `anyOf`,
/// `allOf`, `not`, `if`/`then`/`else`, `minimum`, `maximum`, `uniqueItems`
/// and `$ref` to `#/$defs/…`. Values are what `JSONSerialization` returns.
struct JSONSchemaValidator {
    let root: [String: Any]

    init(schema: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: schema) as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        self.root = root
    }

    /// A validator of one definition of `schema`, `#/$defs/<definition>`.
    init(schema: Data, definition: String) throws {
        guard let whole = try JSONSerialization.jsonObject(with: schema) as? [String: Any], let definitions = whole["$defs"] else {
            throw CocoaError(.coderReadCorrupt)
        }
        root = ["$defs": definitions, "$ref": "#/$defs/\(definition)"]
    }

    /// The problems of `value`, each as "path: what is wrong"; empty if valid.
    func validate(_ value: Any) -> [String] {
        var problems: [String] = []
        validate(value, against: root, path: "$", problems: &problems)
        return problems
    }

    private func validate(_ value: Any, against schema: [String: Any], path: String, problems: inout [String]) {
        if let reference = schema["$ref"] as? String {
            guard reference.hasPrefix("#/$defs/"), let defs = root["$defs"] as? [String: Any],
                  let target = defs[String(reference.dropFirst("#/$defs/".count))] as? [String: Any] else {
                problems.append("\(path): unresolved $ref \(reference)")
                return
            }
            validate(value, against: target, path: path, problems: &problems)
        }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as? String ?? ""]
            if !types.contains(where: { Self.value(value, is: $0) }) {
                problems.append("\(path): expected \(types.joined(separator: " or ")), found \(Self.typeName(value))")
                return
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            problems.append("\(path): \(value) is not one of the allowed values")
        }
        if let constant = schema["const"], !Self.equal(constant, value) {
            problems.append("\(path): \(value) is not \(constant)")
        }
        if let maximum = schema["maximum"] as? NSNumber, let number = value as? NSNumber, !(value is String), number.doubleValue > maximum.doubleValue {
            problems.append("\(path): \(number) is above the maximum \(maximum)")
        }
        for option in schema["allOf"] as? [[String: Any]] ?? [] {
            validate(value, against: option, path: path, problems: &problems)
        }
        if let options = schema["anyOf"] as? [[String: Any]], !options.contains(where: { matches(value, $0) }) {
            problems.append("\(path): matches none of the anyOf schemas")
            problems += closest(value, options, path: path)
        }
        if let negated = schema["not"] as? [String: Any], matches(value, negated) {
            problems.append("\(path): matches the schema under 'not'")
        }
        if let condition = schema["if"] as? [String: Any] {
            let branch = matches(value, condition) ? schema["then"] : schema["else"]
            if let branch = branch as? [String: Any] { validate(value, against: branch, path: path, problems: &problems) }
        }
        if let minimum = schema["minimum"] as? NSNumber, let number = value as? NSNumber, number.doubleValue < minimum.doubleValue {
            problems.append("\(path): \(number) is below the minimum \(minimum)")
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { option in
                var scratch: [String] = []
                validate(value, against: option, path: path, problems: &scratch)
                return scratch.isEmpty
            }
            if matching.count != 1 { problems.append("\(path): matches \(matching.count) of the oneOf schemas, not exactly one") }
            if matching.isEmpty { problems += closest(value, options, path: path) }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required key '\(key)'")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, child) in object {
                if let childSchema = properties[key] as? [String: Any] {
                    validate(child, against: childSchema, path: "\(path).\(key)", problems: &problems)
                } else if let allowed = properties[key] as? Bool {
                    if !allowed { problems.append("\(path): key '\(key)' is not allowed") }
                } else if (schema["additionalProperties"] as? Bool) == false {
                    problems.append("\(path): unexpected key '\(key)'")
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    validate(child, against: additional, path: "\(path).\(key)", problems: &problems)
                }
                if let names = schema["propertyNames"] as? [String: Any] {
                    validate(key, against: names, path: "\(path).\(key) (name)", problems: &problems)
                }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum {
                problems.append("\(path): \(array.count) items, fewer than \(minimum)")
            }
            if let maximum = schema["maxItems"] as? Int, array.count > maximum {
                problems.append("\(path): \(array.count) items, more than \(maximum)")
            }
            for (index, prefix) in (schema["prefixItems"] as? [[String: Any]] ?? []).enumerated() where index < array.count {
                validate(array[index], against: prefix, path: "\(path)[\(index)]", problems: &problems)
            }
            if let contained = schema["contains"] as? [String: Any], !array.contains(where: { matches($0, contained) }) {
                problems.append("\(path): no item matches 'contains'")
            }
            if let items = schema["items"] as? [String: Any] {
                for (index, element) in array.enumerated() {
                    validate(element, against: items, path: "\(path)[\(index)]", problems: &problems)
                }
            }
            if (schema["uniqueItems"] as? Bool) == true {
                for index in array.indices where array[..<index].contains(where: { Self.equal($0, array[index]) }) {
                    problems.append("\(path)[\(index)]: repeats an earlier item")
                }
            }
        }
    }

    /// The problems of the option `value` comes closest to, to say why
    /// none of them matched: one of its type with the fewest problems.
    private func closest(_ value: Any, _ options: [[String: Any]], path: String) -> [String] {
        let wrongType = "\(path): expected "
        return options.map { option in
            var found: [String] = []
            validate(value, against: option, path: path, problems: &found)
            return found
        }.min { a, b in
            let aWrong = a.contains { $0.hasPrefix(wrongType) }, bWrong = b.contains { $0.hasPrefix(wrongType) }
            return aWrong != bWrong ? !aWrong : a.count < b.count
        } ?? []
    }

    private func matches(_ value: Any, _ schema: [String: Any]) -> Bool {
        var scratch: [String] = []
        validate(value, against: schema, path: "", problems: &scratch)
        return scratch.isEmpty
    }

    static func value(_ value: Any, is type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "null": return value is NSNull
        case "boolean": return isBoolean(value)
        case "integer":
            guard !(value is String), !isBoolean(value), let number = value as? NSNumber else { return false }
            return number.doubleValue.rounded() == number.doubleValue
        case "number": return !(value is String) && !isBoolean(value) && value is NSNumber
        default: return false
        }
    }

    /// `true` and `false` as `JSONSerialization` returns them: numbers whose
    /// type is a C `char`.
    static func isBoolean(_ value: Any) -> Bool {
        guard !(value is String), let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    static func typeName(_ value: Any) -> String {
        ["object", "array", "string", "null", "boolean", "integer", "number"].first { Self.value(value, is: $0) } ?? "unknown"
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
        if let a = a as? String, let b = b as? String { return a == b }
        if !(a is String), !(b is String), let a = a as? NSNumber, let b = b as? NSNumber { return a == b }
        return false
    }
}
