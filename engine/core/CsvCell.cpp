// SPDX-License-Identifier: Apache-2.0
#include "core/CsvCell.h"

namespace sluice::engine {

namespace {
bool startsFormula(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }
}  // namespace

bool CsvCell::looksLikeFormula(std::string_view text)
{
    const std::size_t first = text.find_first_not_of('\'');
    return first != std::string_view::npos && startsFormula(text[first]);
}

std::string CsvCell::defused(std::string_view text)
{
    if (!looksLikeFormula(text)) {
        return std::string(text);
    }
    std::string out;
    out.reserve(text.size() + 1);
    return out.append("'").append(text);
}

std::string CsvCell::restored(std::string_view field)
{
    if (!field.empty() && field.front() == '\'' && looksLikeFormula(field)) {
        return std::string(field.substr(1));
    }
    return std::string(field);
}

std::string CsvCell::quoted(std::string_view field)
{
    const bool needs = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!needs) {
        return std::string(field);
    }
    std::string out;
    out.reserve(field.size() + 2);
    out.push_back('"');
    for (const char c : field) {
        out.push_back(c);
        if (c == '"') {
            out.push_back('"');
        }
    }
    out.push_back('"');
    return out;
}

std::string CsvCell::encode(std::string_view text) { return quoted(defused(text)); }

void CsvCell::appendRecord(std::string& out, std::initializer_list<std::string_view> fields)
{
    bool first = true;
    for (const std::string_view field : fields) {
        if (!first) {
            out.push_back(',');
        }
        first = false;
        out.append(encode(field));
    }
    out.append("\r\n");
}

}  // namespace sluice::engine
