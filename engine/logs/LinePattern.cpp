// SPDX-License-Identifier: Apache-2.0
#include "logs/LinePattern.h"

#include "core/EngineText.h"

namespace sluice::engine::logs {

namespace {

bool nameChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

std::string lowerCase(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

// Where `literal` next occurs at or after `from`. A quote that a backslash escapes belongs to the value.
std::size_t findEnd(std::string_view line, std::string_view literal, std::size_t from)
{
    for (;;) {
        const std::size_t at = literal.size() == 1 ? line.find(literal[0], from) : line.find(literal, from);
        if (at == std::string_view::npos || literal[0] != '"') {
            return at;
        }
        std::size_t backslashes = 0;
        while (at > backslashes && line[at - 1 - backslashes] == '\\') {
            ++backslashes;
        }
        if (backslashes % 2 == 0) {
            return at;
        }
        from = at + 1;
    }
}

}  // namespace

std::optional<LinePattern> LinePattern::compile(std::string_view pattern, std::string& error)
{
    LinePattern compiled;
    std::string literal;
    bool haveField = false;
    bool hasTime = false;
    std::size_t headers = 0;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern[i] != '$') {
            literal.push_back(pattern[i++]);
            continue;
        }
        std::size_t start = i + 1;
        std::size_t end = start;
        bool braced = false;
        if (start < pattern.size() && pattern[start] == '{') {
            braced = true;
            ++start;
            end = start;
        }
        while (end < pattern.size() && nameChar(pattern[end])) {
            ++end;
        }
        if (end == start || (braced && (end >= pattern.size() || pattern[end] != '}'))) {
            literal.push_back(pattern[i++]);  // a lone '$' is text
            continue;
        }
        if (haveField) {
            if (literal.empty()) {
                error = say(Text::LogPatternAdjacent, {pattern.substr(i, end - i)});
                return std::nullopt;
            }
            compiled.m_fields.back().after = literal;
        } else {
            compiled.m_prefix = literal;
        }
        literal.clear();
        Field field;
        const std::string name = lowerCase(pattern.substr(start, end - start));
        field.variable = logVariableNamed(name);
        if (field.variable == LogVariable::HttpHeader) {
            field.headerName = name.substr(5);
            ++headers;
        }
        hasTime = hasTime || isTimeVariable(field.variable);
        compiled.m_fields.push_back(std::move(field));
        haveField = true;
        i = braced ? end + 1 : end;
    }
    if (!haveField) {
        error = say(Text::LogPatternNoVariable);
        return std::nullopt;
    }
    if (!hasTime) {
        error = say(Text::LogPatternNoTime);
        return std::nullopt;
    }
    compiled.m_fields.back().after = literal;
    compiled.m_builder = RecordBuilder(headers);
    return compiled;
}

std::string_view LinePattern::parse(std::string_view line, LogRecord& out)
{
    if (!line.starts_with(m_prefix)) {
        return sourceOf(Text::LogLineMismatch);
    }
    m_builder.begin(out);
    std::size_t pos = m_prefix.size();
    for (const Field& f : m_fields) {
        std::string_view value;
        if (f.after.empty()) {
            value = line.substr(pos);
            pos = line.size();
        } else {
            const std::size_t end = findEnd(line, f.after, pos);
            if (end == std::string_view::npos) {
                return f.after[0] == '"' ? sourceOf(Text::LogMissingQuote) : sourceOf(Text::LogLineMismatch);
            }
            value = line.substr(pos, end - pos);
            pos = end + f.after.size();
        }
        const std::string_view problem = m_builder.set(f.variable, f.headerName, value);
        if (!problem.empty()) {
            return problem;
        }
    }
    return m_builder.finish();
}

}  // namespace sluice::engine::logs
