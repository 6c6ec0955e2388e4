// SPDX-License-Identifier: Apache-2.0
#include "throttle/PrometheusText.h"

#include <charconv>
#include <cmath>

namespace sluice::engine {

namespace {
bool nameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'; }
bool nameChar(char c) { return nameStart(c) || (c >= '0' && c <= '9'); }

void skipBlanks(std::string_view text, std::size_t& i)
{
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
        ++i;
    }
}

std::string_view name(std::string_view text, std::size_t& i, bool colonAllowed)
{
    const std::size_t start = i;
    if (i >= text.size() || !nameStart(text[i]) || (!colonAllowed && text[i] == ':')) {
        return {};
    }
    ++i;
    while (i < text.size() && nameChar(text[i]) && (colonAllowed || text[i] != ':')) {
        ++i;
    }
    return text.substr(start, i - start);
}

// The exposition format writes numbers as Go's ParseFloat reads them; from_chars takes all of them but a
// leading '+' ("+Inf").
bool number(std::string_view token, double& out)
{
    if (!token.empty() && token.front() == '+') {
        token.remove_prefix(1);
        if (!token.empty() && token.front() == '-') {
            return false;
        }
    }
    if (token.empty()) {
        return false;
    }
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), out);
    return error == std::errc() && end == token.data() + token.size();
}

bool timestamp(std::string_view token)
{
    std::int64_t ms = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), ms);
    return error == std::errc() && end == token.data() + token.size();
}
}  // namespace

std::string_view PrometheusText::parseLine(std::string_view line, PrometheusSample& out)
{
    std::size_t i = 0;
    skipBlanks(line, i);
    out.name = name(line, i, true);
    if (out.name.empty()) {
        return "bad metric name";
    }
    m_labels.clear();
    m_unescapedUsed = 0;
    skipBlanks(line, i);
    if (i < line.size() && line[i] == '{') {
        ++i;
        for (;;) {
            skipBlanks(line, i);
            if (i < line.size() && line[i] == '}') {
                ++i;
                break;
            }
            const std::string_view label = name(line, i, false);
            if (label.empty()) {
                return "bad label name";
            }
            skipBlanks(line, i);
            if (i >= line.size() || line[i] != '=') {
                return "missing = after a label name";
            }
            ++i;
            skipBlanks(line, i);
            if (i >= line.size() || line[i] != '"') {
                return "missing quote";
            }
            const std::size_t start = ++i;
            bool escaped = false;
            while (i < line.size() && line[i] != '"') {
                if (line[i] == '\\') {
                    escaped = true;
                    ++i;
                }
                ++i;
            }
            if (i >= line.size()) {
                return "unterminated label value";
            }
            std::string_view value = line.substr(start, i - start);
            ++i;
            if (escaped) {
                if (m_unescapedUsed == m_unescaped.size()) {
                    m_unescaped.emplace_back();
                }
                std::string& text = m_unescaped[m_unescapedUsed++];
                text.clear();
                for (std::size_t k = 0; k < value.size(); ++k) {
                    char c = value[k];
                    if (c == '\\' && k + 1 < value.size()) {
                        c = value[++k];
                        c = c == 'n' ? '\n' : c;
                    }
                    text.push_back(c);
                }
                value = text;
            }
            if (m_labels.size() == kMaxLabels) {
                return "too many labels";
            }
            m_labels.emplace_back(label, value);
            skipBlanks(line, i);
            if (i < line.size() && line[i] == ',') {
                ++i;
            } else if (i >= line.size() || line[i] != '}') {
                return "missing , or } between labels";
            }
        }
    }
    out.labels = m_labels;
    skipBlanks(line, i);
    std::size_t end = i;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t') {
        ++end;
    }
    if (!number(line.substr(i, end - i), out.value)) {
        return "bad value";
    }
    i = end;
    skipBlanks(line, i);
    if (i < line.size()) {
        end = i;
        while (end < line.size() && line[end] != ' ' && line[end] != '\t') {
            ++end;
        }
        if (!timestamp(line.substr(i, end - i))) {
            return "bad timestamp";
        }
        i = end;
        skipBlanks(line, i);
        if (i < line.size()) {
            return "text after the timestamp";
        }
    }
    return {};
}

PrometheusText::Counts PrometheusText::parse(std::string_view page,
                                             const std::function<void(const PrometheusSample&)>& onSample)
{
    Counts counts;
    std::uint64_t number = 0;
    while (!page.empty()) {
        const std::size_t newline = page.find('\n');
        std::string_view line = page.substr(0, newline);
        page.remove_prefix(newline == std::string_view::npos ? page.size() : newline + 1);
        ++number;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        const std::size_t first = line.find_first_not_of(" \t");
        if (first == std::string_view::npos || line[first] == '#') {
            continue;
        }
        PrometheusSample sample;
        const std::string_view reason = parseLine(line, sample);
        if (!reason.empty()) {
            if (counts.rejected++ == 0) {
                counts.firstRejectedLine = number;
                counts.firstReason = reason;
            }
            continue;
        }
        ++counts.samples;
        onSample(sample);
    }
    return counts;
}

}  // namespace sluice::engine
