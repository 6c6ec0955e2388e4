// SPDX-License-Identifier: Apache-2.0
#include "logs/JsonLineScanner.h"

#include "core/EngineText.h"
#include "core/HexDigit.h"

namespace sluice::engine::logs {

namespace {

constexpr std::string_view kVariables[] = {
    "remote_addr",
    "remote_user",
    "time_local",
    "time_iso8601",
    "msec",
    "request",
    "request_method",
    "request_uri",
    "uri",
    "status",
    "body_bytes_sent",
    "bytes_sent",
    "http_referer",
    "http_user_agent",
    "request_time",
    "upstream_response_time",
    "http_x_forwarded_for",
};

constexpr std::size_t kMaxHeaders = 16;

void skipSpace(std::string_view s, std::size_t& pos)
{
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\r' || s[pos] == '\n')) {
        ++pos;
    }
}

bool hex4(std::string_view s, std::size_t at, unsigned& out)
{
    if (at + 4 > s.size()) {
        return false;
    }
    unsigned v = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
        const int d = hexDigitValue(s[i]);
        if (d < 0) {
            return false;
        }
        v = v * 16 + static_cast<unsigned>(d);
    }
    out = v;
    return true;
}

void appendUtf8(std::string& out, unsigned cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

}  // namespace

JsonLineScanner::JsonLineScanner(const std::vector<std::pair<std::string, std::string>>& fields)
    : m_builder(kMaxHeaders)
{
    if (fields.empty()) {
        for (const std::string_view v : kVariables) {
            m_mappings.push_back({std::string(v), logVariableNamed(v), {}});
        }
        m_anyHeader = true;
        return;
    }
    for (const auto& [variable, field] : fields) {
        Mapping m{field, logVariableNamed(variable), {}};
        if (m.variable == LogVariable::HttpHeader) {
            m.headerName = variable.substr(5);
        }
        m_mappings.push_back(std::move(m));
    }
}

const JsonLineScanner::Mapping* JsonLineScanner::mappingOf(std::string_view field) const
{
    for (const Mapping& m : m_mappings) {
        if (m.field == field) {
            return &m;
        }
    }
    return nullptr;
}

// A string at `pos` (just after its opening quote); its value, unescaped into the scratch where needed.
bool JsonLineScanner::readString(std::string_view line, std::size_t& pos, std::string_view& value)
{
    const std::size_t start = pos;
    const std::size_t quote = line.find('"', pos);
    if (quote == std::string_view::npos) {
        return false;
    }
    const std::size_t backslash = line.find('\\', pos);
    if (backslash == std::string_view::npos || backslash > quote) {
        value = line.substr(start, quote - start);
        pos = quote + 1;
        return true;
    }
    // The scratch holds at least the line's length, so appending never moves what earlier values point to.
    const std::size_t at = m_scratch.size();
    m_scratch.append(line.substr(start, backslash - start));
    pos = backslash;
    while (pos < line.size()) {
        const char c = line[pos];
        if (c == '"') {
            value = std::string_view(m_scratch).substr(at);
            ++pos;
            return true;
        }
        if (c != '\\') {
            m_scratch.push_back(c);
            ++pos;
            continue;
        }
        if (pos + 1 >= line.size()) {
            return false;
        }
        const char e = line[pos + 1];
        pos += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            m_scratch.push_back(e);
            break;
        case 'b':
            m_scratch.push_back('\b');
            break;
        case 'f':
            m_scratch.push_back('\f');
            break;
        case 'n':
            m_scratch.push_back('\n');
            break;
        case 'r':
            m_scratch.push_back('\r');
            break;
        case 't':
            m_scratch.push_back('\t');
            break;
        case 'u': {
            unsigned cp = 0;
            if (!hex4(line, pos, cp)) {
                return false;
            }
            pos += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                unsigned low = 0;
                if (pos + 1 < line.size() && line[pos] == '\\' && line[pos + 1] == 'u' && hex4(line, pos + 2, low) &&
                    low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    pos += 6;
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(m_scratch, cp);
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

bool JsonLineScanner::skipNested(std::string_view line, std::size_t& pos)
{
    int depth = 0;
    while (pos < line.size()) {
        const char c = line[pos++];
        if (c == '"') {
            while (pos < line.size() && line[pos] != '"') {
                pos += line[pos] == '\\' ? 2 : 1;
            }
            if (pos >= line.size()) {
                return false;
            }
            ++pos;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                return true;
            }
        }
    }
    return false;
}

std::string_view JsonLineScanner::parse(std::string_view line, LogRecord& out)
{
    const std::string_view bad = sourceOf(Text::LogJsonSyntax);
    m_scratch.clear();
    if (m_scratch.capacity() < line.size() + 8) {
        m_scratch.reserve(line.size() + 8);
    }
    m_builder.begin(out);
    std::size_t pos = 0;
    skipSpace(line, pos);
    if (pos >= line.size() || line[pos] != '{') {
        return bad;
    }
    ++pos;
    skipSpace(line, pos);
    if (pos < line.size() && line[pos] == '}') {
        ++pos;
    } else {
        for (;;) {
            skipSpace(line, pos);
            std::string_view name;
            if (pos >= line.size() || line[pos] != '"') {
                return bad;
            }
            ++pos;
            if (!readString(line, pos, name)) {
                return bad;
            }
            skipSpace(line, pos);
            if (pos >= line.size() || line[pos] != ':') {
                return bad;
            }
            ++pos;
            skipSpace(line, pos);
            if (pos >= line.size()) {
                return bad;
            }
            std::string_view value;
            bool nested = false;
            const char c = line[pos];
            if (c == '"') {
                ++pos;
                if (!readString(line, pos, value)) {
                    return bad;
                }
            } else if (c == '{' || c == '[') {
                if (!skipNested(line, pos)) {
                    return bad;
                }
                nested = true;
            } else {
                const std::size_t start = pos;
                while (pos < line.size() && line[pos] != ',' && line[pos] != '}' && line[pos] != ' ' &&
                       line[pos] != '\t') {
                    ++pos;
                }
                value = line.substr(start, pos - start);
                if (value.empty()) {
                    return bad;
                }
                if (value == "null") {
                    value = "-";
                }
            }
            if (!nested) {
                const Mapping* m = mappingOf(name);
                std::string_view problem;
                if (m) {
                    problem = m_builder.set(m->variable, m->headerName, value);
                } else if (m_anyHeader && name.size() > 5 && name.starts_with("http_")) {
                    problem = m_builder.set(LogVariable::HttpHeader, name.substr(5), value);
                }
                if (!problem.empty()) {
                    return problem;
                }
            }
            skipSpace(line, pos);
            if (pos < line.size() && line[pos] == ',') {
                ++pos;
                continue;
            }
            if (pos < line.size() && line[pos] == '}') {
                ++pos;
                break;
            }
            return bad;
        }
    }
    skipSpace(line, pos);
    if (pos != line.size()) {
        return bad;
    }
    return m_builder.finish();
}

}  // namespace sluice::engine::logs
