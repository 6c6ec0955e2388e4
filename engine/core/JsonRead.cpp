// SPDX-License-Identifier: Apache-2.0
#include "core/JsonRead.h"

#include "core/EngineText.h"

#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace sluice::engine {

namespace {
using json = nlohmann::json;

constexpr std::size_t kMaxShownKey = 64;
constexpr std::size_t kMaxShownToken = 40;

// Text from the document, fit for a message: printable ASCII only (a byte of invalid UTF-8 must not reach a
// terminal or a log), and only the last `max` characters, where a parser stopped.
std::string shown(std::string_view text, std::size_t max, bool keepEnd)
{
    std::string out;
    const bool cut = text.size() > max;
    if (cut) {
        text = keepEnd ? text.substr(text.size() - max) : text.substr(0, max);
    }
    for (const char c : text) {
        out += c >= 0x20 && c < 0x7F ? c : '?';
    }
    if (cut) {
        out = keepEnd ? "..." + out : out + "...";
    }
    return out;
}

// nlohmann's syntax messages read "[json.exception.parse_error.101] parse error at line 1, column 18: syntax
// error while parsing value - unexpected end of input; expected ...": keep "line 1, column 18: ..." and make
// the echoed token (which may be megabytes, or invalid UTF-8) short and printable.
std::string syntaxMessage(const std::string& what, const std::string& token)
{
    const std::string at = "parse error at ";
    const std::size_t start = what.find(at);
    std::string message = start == std::string::npos ? what : what.substr(start + at.size());
    const std::string lastRead = "; last read: '";
    const std::size_t read = message.find(lastRead);
    if (read != std::string::npos) {
        const std::size_t tokenAt = read + lastRead.size();
        std::string tail;
        if (message.compare(tokenAt, token.size(), token) == 0 && tokenAt + token.size() < message.size()) {
            tail = message.substr(tokenAt + token.size() + 1);  // past the closing quote
        }
        message = message.substr(0, read) + lastRead + shown(token, kMaxShownToken, true) + "'" + tail;
    }
    return "not valid JSON (" + message + ")";
}

// The SAX handler behind JsonRead::parse: builds the document like nlohmann's own, but knows the path of
// every value, refuses depth past kMaxDepth before the container exists and turns a number overflow into a
// path-named error instead of an exception.
class DomBuilder final {
public:
    explicit DomBuilder(const std::string& where) : m_where(where) {}

    // NOLINTBEGIN(readability-identifier-naming): the names nlohmann's SAX interface calls
    bool null() { return put(nullptr); }
    bool boolean(bool v) { return put(v); }
    bool number_integer(json::number_integer_t v) { return put(v); }
    bool number_unsigned(json::number_unsigned_t v) { return put(v); }
    bool number_float(json::number_float_t v, const json::string_t& /*text*/) { return put(v); }
    bool string(json::string_t& v) { return put(std::move(v)); }
    bool binary(json::binary_t& /*v*/) { return false; }  // never produced by JSON text
    bool start_object(std::size_t /*elements*/) { return open(json::object()); }
    bool start_array(std::size_t /*elements*/) { return open(json::array()); }
    bool key(json::string_t& name)
    {
        m_keys.back() = std::move(name);
        return true;
    }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t /*position*/, const std::string& token, const nlohmann::detail::exception& e)
    {
        if (e.id == 406) {  // out_of_range: the number does not fit a double
            m_error = prefixed(path(), "number out of range (" + shown(token, kMaxShownToken, false) + ")");
        } else {
            m_error = prefixed(m_where, syntaxMessage(e.what(), token));
        }
        return false;
    }
    // NOLINTEND(readability-identifier-naming)

    const std::optional<std::string>& error() const { return m_error; }
    json take() { return std::move(m_root); }

private:
    static std::string prefixed(const std::string& path, const std::string& what)
    {
        return path.empty() ? what : path + ": " + what;
    }

    // The path of the value being read now.
    std::string path() const
    {
        std::string out = m_where;
        for (std::size_t i = 0; i < m_stack.size(); ++i) {
            const json& container = *m_stack[i];
            if (container.is_array()) {
                const bool inProgress = i + 1 < m_stack.size();  // an element being read is already in place
                out = JsonRead::index(out, container.size() - (inProgress ? 1 : 0));
            } else {
                out = JsonRead::field(out, shown(m_keys[i], kMaxShownKey, false));
            }
        }
        return out;
    }

    json* insert(json&& value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        json& top = *m_stack.back();
        if (top.is_array()) {
            top.push_back(std::move(value));
            return &top.back();
        }
        json& slot = top[m_keys.back()];  // a repeated name keeps the last value, as nlohmann's own parser does
        slot = std::move(value);
        return &slot;
    }

    template <typename T>
    bool put(T&& value)
    {
        insert(json(std::forward<T>(value)));
        return true;
    }

    bool open(json&& container)
    {
        if (m_stack.size() >= static_cast<std::size_t>(JsonRead::kMaxDepth)) {
            m_error = prefixed(path(), "nested deeper than " + std::to_string(JsonRead::kMaxDepth) + " levels");
            return false;
        }
        // Containers keep their elements on the heap, so the pointer stays valid while children are added.
        m_stack.push_back(insert(std::move(container)));
        m_keys.emplace_back();
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        m_keys.pop_back();
        return true;
    }

    const std::string& m_where;
    json m_root;
    std::vector<json*> m_stack;       // the open containers, outermost first
    std::vector<std::string> m_keys;  // per open object: the name of the value being read
    std::optional<std::string> m_error;
};
}  // namespace

JsonRead::json JsonRead::parse(std::string_view text, const std::string& where)
{
    DomBuilder builder(where);
    bool ok = false;
    try {
        ok = json::sax_parse(text.begin(), text.end(), &builder);
    } catch (const json::exception& e) {
        fail(where, "not valid JSON (" + shown(e.what(), 200, false) + ")");  // not expected: errors come back
    }
    if (!ok) {
        throw Error{builder.error().value_or(where.empty() ? "not valid JSON" : where + ": not valid JSON")};
    }
    return builder.take();
}

void JsonRead::fail(const std::string& path, const std::string& what)
{
    throw Error{path.empty() ? what : path + ": " + what};  // an empty path is the whole document
}

std::string JsonRead::field(const std::string& path, const std::string& name)
{
    return path.empty() ? name : path + "." + name;
}

std::string JsonRead::index(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

std::string JsonRead::formatNumber(double v)
{
    // Whole bounds read as people write them ("between 1 and 100"), not as "1.0".
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        return std::to_string(static_cast<long long>(v));
    }
    return numberText(v);
}

void JsonRead::requireObject(const json& j, const std::string& path, std::initializer_list<const char*> allowed)
{
    if (!j.is_object()) {
        fail(path, "expected an object");
    }
    for (const auto& item : j.items()) {
        bool known = false;
        for (const char* name : allowed) {
            known = known || item.key() == name;
        }
        if (!known) {
            fail(field(path, item.key()), "unknown field");
        }
    }
}

const JsonRead::json& JsonRead::required(const json& j, const std::string& path, const char* name)
{
    if (!j.contains(name)) {
        fail(field(path, name), "missing");
    }
    return j.at(name);
}

double JsonRead::number(const json& j, const std::string& path, double min, double max)
{
    if (!j.is_number()) {
        fail(path, "expected a number");
    }
    const double v = j.get<double>();
    if (!(v >= min && v <= max)) {
        fail(path, "must be between " + formatNumber(min) + " and " + formatNumber(max));
    }
    return v;
}

std::int64_t JsonRead::whole(const json& j, const std::string& path, double min, double max)
{
    const double v = number(j, path, min, max);
    if (v != std::floor(v)) {
        fail(path, "expected a whole number");
    }
    return static_cast<std::int64_t>(v);
}

std::string JsonRead::text(const json& j, const std::string& path, std::size_t maxLength, bool allowEmpty)
{
    if (!j.is_string()) {
        fail(path, "expected a string");
    }
    std::string s = j.get<std::string>();
    if (s.empty() && !allowEmpty) {
        fail(path, "must not be empty");
    }
    if (s.size() > maxLength) {
        fail(path, "longer than " + std::to_string(maxLength) + " characters");
    }
    return s;
}

bool JsonRead::boolean(const json& j, const std::string& path)
{
    if (!j.is_boolean()) {
        fail(path, "expected true or false");
    }
    return j.get<bool>();
}

}  // namespace sluice::engine
