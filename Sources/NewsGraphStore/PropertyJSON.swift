import NewsGraphCore
import NewsGraphJSONLD
import NewsGraphSerialization

/// Properties as one JSON object per row: keys sorted; a string is a JSON
/// string, an int a number without `.`/`e`, a finite double a number with one,
/// a bool `true`/`false`, a string list an array, and a non-finite double
/// `{"@double": "NaN"}`. SQLite's JSON functions read it (`properties ->> 'startDate'`).
enum PropertyJSON {
    static func encode(_ properties: [String: PropertyValue]) -> String {
        if properties.isEmpty { return "{}" }
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (i, key) in properties.keys.sorted().enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(key, to: &out)
            out.append(UInt8(ascii: ":"))
            switch properties[key]! {
            case .string(let s): JSONText.appendQuoted(s, to: &out)
            case .int(let n): out += Array(String(n).utf8)
            case .double(let d):
                if d.isFinite {
                    let t = String(d)
                    out += Array((t.contains(where: { $0 == "." || $0 == "e" }) ? t : t + ".0").utf8)
                } else {
                    let t = d.isNaN ? "NaN" : (d < 0 ? "-INF" : "INF")
                    out += Array("{\"@double\":\"\(t)\"}".utf8)
                }
            case .bool(let b): out += Array((b ? "true" : "false").utf8)
            case .strings(let list):
                out.append(UInt8(ascii: "["))
                for (j, s) in list.enumerated() {
                    if j > 0 { out.append(UInt8(ascii: ",")) }
                    JSONText.appendQuoted(s, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String, owner: String) throws -> [String: PropertyValue] {
        if text == "{}" { return [:] }
        let value = try JSONParser.parse(Array(text.utf8), file: "properties of \(owner)")
        guard case .object(let members) = value else {
            throw NewsGraphError(file: owner, message: "properties are not a JSON object")
        }
        var out: [String: PropertyValue] = [:]
        for (key, v) in members {
            switch v {
            case .string(let s): out[key] = .string(s)
            case .bool(let b): out[key] = .bool(b)
            case .number(let t):
                if !t.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let n = Int(t) {
                    out[key] = .int(n)
                } else {
                    out[key] = .double(Double(t) ?? .nan)
                }
            case .array(let list): out[key] = .strings(list.map { $0.string ?? "" })
            case .object:
                switch v["@double"]?.string {
                case "INF": out[key] = .double(.infinity)
                case "-INF": out[key] = .double(-.infinity)
                default: out[key] = .double(.nan)
                }
            case .null: continue
            }
        }
        return out
    }
}
