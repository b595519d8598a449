#include <llmpath/date.hpp>

#include <charconv>
#include <mutex>

namespace llmpath {

namespace {

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : k_days[m - 1];
}

bool digits(std::string_view s) {
    for (char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) {
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto y = text.substr(0, 4);
    auto m = text.substr(5, 2);
    auto d = text.substr(8, 2);
    if (!digits(y) || !digits(m) || !digits(d)) {
        return std::nullopt;
    }
    Date out{to_int(y), to_int(m), to_int(d)};
    if (out.year < 1000 || out.month < 1 || out.month > 12 || out.day < 1 ||
        out.day > days_in_month(out.year, out.month)) {
        return std::nullopt;
    }
    return out;
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::to_days() const {
    const long y = month <= 2 ? year - 1 : year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (month + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return Date{y, m, d};
}

int Date::iso_weekday() const {
    const long z = to_days();             // 1970-01-01 was a Thursday (4)
    const long w = ((z % 7) + 7 + 3) % 7; // 0 = Monday
    return static_cast<int>(w) + 1;
}

namespace {

// Appends `n` as printf's "%0<width>d" would: zero-padded, a minus sign counting in the width.
// (snprintf itself would bring the whole printf machinery into every run that prints a date.)
void append_padded(std::string& out, int n, int width) {
    char digits[16];
    const auto magnitude =
        n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    const char* end = std::to_chars(digits, digits + sizeof digits, magnitude).ptr;
    const int length = static_cast<int>(end - digits) + (n < 0 ? 1 : 0);
    if (n < 0) {
        out += '-';
    }
    if (length < width) {
        out.append(static_cast<std::size_t>(width - length), '0');
    }
    out.append(digits, static_cast<std::size_t>(end - digits));
}

} // namespace

std::string Date::to_string() const {
    std::string out;
    out.reserve(10);
    append_padded(out, year, 4);
    out += '-';
    append_padded(out, month, 2);
    out += '-';
    append_padded(out, day, 2);
    return out;
}

struct Today::Lazy {
    Date (*read)() = nullptr;
    std::once_flag once;
    Date date;
};

Today::Today(Date (*read)()) : m_lazy(std::make_shared<Lazy>()) {
    m_lazy->read = read;
}

const Date& Today::get() const {
    if (!m_lazy) {
        return m_fixed;
    }
    std::call_once(m_lazy->once, [this] { m_lazy->date = m_lazy->read(); });
    return m_lazy->date;
}

} // namespace llmpath
