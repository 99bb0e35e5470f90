/// A JSON Schema (draft 2020-12) subset validator for the tests: `type`,
/// `properties`, `required`, `additionalProperties`, `items`, `enum`, `const`,
/// `oneOf`, `anyOf`, `$ref` to `#/$defs/…`, `minimum`, `maximum`, `minItems`.
/// Annotations (`description`, `title`, `format`, `pattern`, `$id`, `$schema`,
/// `$comment`, `examples`) are accepted and not checked; any other keyword is
/// reported so a schema never relies on something silently ignored.
struct SchemaValidator {
  let root: J

  static let annotations: Set<String> = [
    "description", "title", "format", "pattern", "$id", "$schema", "$comment", "examples", "$defs",
  ]
  static let keywords: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "enum", "const", "oneOf",
    "anyOf", "$ref", "minimum", "maximum", "minItems",
  ]

  /// Problems found, each "path: reason"; empty when valid.
  func validate(_ instance: J) -> [String] {
    var errors: [String] = []
    check(instance, against: root, path: "$", errors: &errors)
    return errors
  }

  private func resolve(_ ref: String) -> J? {
    let prefix = "#/$defs/"
    guard ref.hasPrefix(prefix) else { return nil }
    return root["$defs"]?[String(ref.dropFirst(prefix.count))]
  }

  private static func typeName(_ v: J) -> [String] {
    switch v {
    case .null: return ["null"]
    case .bool: return ["boolean"]
    case .number(_, let isInteger): return isInteger ? ["integer", "number"] : ["number"]
    case .string: return ["string"]
    case .array: return ["array"]
    case .object: return ["object"]
    }
  }

  private func check(_ v: J, against schema: J, path: String, errors: inout [String]) {
    if case .bool(let allowed) = schema {
      if !allowed { errors.append("\(path): not allowed") }
      return
    }
    guard case .object(let members) = schema else {
      errors.append("\(path): schema is not an object")
      return
    }
    for (key, _) in members where !Self.keywords.contains(key) && !Self.annotations.contains(key) {
      errors.append("\(path): unsupported schema keyword \(key)")
    }
    if let ref = schema["$ref"]?.string {
      if let target = resolve(ref) {
        check(v, against: target, path: path, errors: &errors)
      } else {
        errors.append("\(path): unresolvable $ref \(ref)")
      }
    }
    if let type = schema["type"] {
      let allowed: [String] = type.string.map { [$0] } ?? (type.array ?? []).compactMap(\.string)
      if Set(allowed).isDisjoint(with: Self.typeName(v)) {
        errors.append("\(path): expected \(allowed.joined(separator: "|")), got \(Self.typeName(v)[0])")
        return
      }
    }
    if let values = schema["enum"]?.array, !values.contains(v) {
      errors.append("\(path): \(v) not in enum")
    }
    if let c = schema["const"], c != v { errors.append("\(path): \(v) is not \(c)") }
    if case .number(let d, _) = v {
      if case .number(let min, _)? = schema["minimum"], d < min { errors.append("\(path): \(d) < \(min)") }
      if case .number(let max, _)? = schema["maximum"], d > max { errors.append("\(path): \(d) > \(max)") }
    }
    if let options = schema["oneOf"]?.array {
      let passing = options.filter { option in
        var e: [String] = []
        check(v, against: option, path: path, errors: &e)
        return e.isEmpty
      }.count
      if passing != 1 { errors.append("\(path): matches \(passing) of oneOf, not exactly one") }
    }
    if let options = schema["anyOf"]?.array {
      let any = options.contains { option in
        var e: [String] = []
        check(v, against: option, path: path, errors: &e)
        return e.isEmpty
      }
      if !any { errors.append("\(path): matches none of anyOf") }
    }
    if case .array(let items) = v {
      if case .number(let min, _)? = schema["minItems"], Double(items.count) < min {
        errors.append("\(path): fewer than \(min) items")
      }
      if let itemSchema = schema["items"] {
        for (i, item) in items.enumerated() {
          check(item, against: itemSchema, path: "\(path)[\(i)]", errors: &errors)
        }
      }
    }
    if case .object(let props) = v {
      let properties = schema["properties"]
      for key in schema["required"]?.array?.compactMap(\.string) ?? []
      where !props.contains(where: { $0.0 == key }) {
        errors.append("\(path): missing required \(key)")
      }
      for (key, value) in props {
        if let p = properties?[key] {
          check(value, against: p, path: "\(path).\(key)", errors: &errors)
        } else if let additional = schema["additionalProperties"] {
          if case .bool(false) = additional {
            errors.append("\(path): unexpected property \(key)")
          } else {
            check(value, against: additional, path: "\(path).\(key)", errors: &errors)
          }
        }
      }
    }
  }
}
