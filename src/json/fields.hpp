#pragma once
// Reading the fields of a JSON document one at a time, naming the place of whatever is wrong:
// "SOURCE:POINTER: what". The tracked plan's reader and the plan-file reader share it.

#include <llmpath/date.hpp>

#include "util/say.hpp"
#include "util/text.hpp"
#include "json/input.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace llmpath::json_input {

/// Throws `Error` ("SOURCE:AT+WHERE: what", in both languages) for a field that is missing or of
/// the wrong kind. `at` is the JSON Pointer of the document in its file ("" when it is the whole
/// file).
template <typename Error> class FieldReader {
  public:
    using ojson = nlohmann::ordered_json;

    explicit FieldReader(std::string source, std::string at = {})
        : m_source(std::move(source)), m_at(std::move(at)) {}

    [[noreturn]] void fail(const std::string& where, const Said& what) const {
        const std::string place = m_at + where;
        throw Error(util::say(msg::at_place, m_source + ":" + (place.empty() ? "/" : place), what));
    }
    const ojson& field(const ojson& obj, const std::string& where, const char* key) const {
        if (!obj.is_object()) {
            fail(where, util::say(msg::field_object));
        }
        auto it = obj.find(key);
        if (it == obj.end()) {
            fail(where, util::say(msg::field_missing, key));
        }
        return *it;
    }
    /// The string with control characters removed: a hand edit drives nothing.
    std::string string(const ojson& obj, const std::string& where, const char* key) const {
        const ojson& v = field(obj, where, key);
        if (!v.is_string()) {
            fail(where + "/" + key, util::say(msg::field_string));
        }
        return util::clean_text(v.get_ref<const std::string&>());
    }
    int integer(const ojson& obj, const std::string& where, const char* key, int lo, int hi) const {
        const ojson& v = field(obj, where, key);
        if (!v.is_number_integer() || v.get<std::int64_t>() < lo || v.get<std::int64_t>() > hi) {
            fail(where + "/" + key, util::say(msg::field_whole_between, lo, hi));
        }
        return v.get<int>();
    }
    bool boolean(const ojson& obj, const std::string& where, const char* key) const {
        const ojson& v = field(obj, where, key);
        if (!v.is_boolean()) {
            fail(where + "/" + key, util::say(msg::field_bool));
        }
        return v.get<bool>();
    }
    Date date(const ojson& obj, const std::string& where, const char* key) const {
        const auto d = Date::parse(string(obj, where, key));
        if (!d) {
            fail(where + "/" + key, util::say(msg::field_date));
        }
        return *d;
    }
    const ojson& array(const ojson& obj, const std::string& where, const char* key) const {
        const ojson& v = field(obj, where, key);
        if (!v.is_array()) {
            fail(where + "/" + key, util::say(msg::field_array));
        }
        return v;
    }

  private:
    std::string m_source;
    std::string m_at;
};

/// `text` parsed as a document, or `Error` naming its first problem ("SOURCE:LINE:COLUMN: ...").
template <typename Error>
nlohmann::ordered_json parse_or_throw(std::string_view text, const std::string& source,
                                      const Options& options) {
    nlohmann::ordered_json doc;
    const auto problems = parse(text, doc, options);
    if (!problems.empty()) {
        throw Error(describe(problems.front(), source));
    }
    return doc;
}

} // namespace llmpath::json_input
