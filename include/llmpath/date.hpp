#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace llmpath {

/// A calendar date in the proleptic Gregorian calendar, years 1000–9999.
struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    /// Parses exactly "YYYY-MM-DD" (four-digit year 1000–9999, real month and day); nullopt
    /// otherwise.
    static std::optional<Date> parse(std::string_view text);
    /// Builds the date `days` days after 1970-01-01 (negative: before).
    static Date from_days(long days);
    /// Days since 1970-01-01.
    long to_days() const;
    /// ISO weekday: 1 = Monday … 7 = Sunday.
    int iso_weekday() const;
    Date plus_days(long n) const { return from_days(to_days() + n); }
    /// "YYYY-MM-DD".
    std::string to_string() const;

    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date& a, const Date& b) { return a.to_days() <=> b.to_days(); }
};

/// The run's date, read when something first needs it: a fixed date, or a function that the front
/// end gives (it reads the clock and the time zone, which the core never does). Copies share what
/// was read, so a run has one today even across midnight; reading it is thread-safe.
class Today {
  public:
    Today(Date fixed = {}) : m_fixed(fixed) {} // NOLINT: a fixed date converts implicitly
    explicit Today(Date (*read)());

    const Date& get() const;

  private:
    struct Lazy;
    Date m_fixed;
    std::shared_ptr<Lazy> m_lazy; ///< set when the date is read by a function
};

} // namespace llmpath
