// libFuzzer target: Date::parse accepts exactly real YYYY-MM-DD dates, and round-trips them.
#include <llmpath/date.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto date = llmpath::Date::parse(text)) {
        if (date->to_string() != text) {
            __builtin_trap();
        }
        if (llmpath::Date::from_days(date->to_days()) != *date) {
            __builtin_trap();
        }
        const int weekday = date->iso_weekday();
        if (weekday < 1 || weekday > 7) {
            __builtin_trap();
        }
    }
    return 0;
}
