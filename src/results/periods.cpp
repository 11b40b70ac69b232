#include "results/periods.hpp"

#include "partnerships/fiscal_year.hpp"

namespace pmi::results {
namespace {

using namespace std::chrono;

// The first day of the month `months` after April 1 of `fiscal_year`.
year_month_day month_start(int fiscal_year, int months)
{
    const year_month start = year{fiscal_year} / April + std::chrono::months{months};
    return start / day{1};
}

std::string day_before(year_month_day next) { return partnerships::date_text(year_month_day{sys_days{next} - days{1}}); }

}  // namespace

std::vector<Period> periods_of(Frequency frequency, int first, int last)
{
    const int per_year = frequency == Frequency::Quarterly ? 4 : frequency == Frequency::SemiAnnual ? 2 : 1;
    const int months = 12 / per_year;
    std::vector<Period> periods;
    for (int year = first; year <= last; ++year)
        for (int number = 1; number <= per_year; ++number) {
            Period period;
            period.frequency = frequency;
            period.fiscal_year = year;
            period.number = number;
            period.starts = partnerships::date_text(month_start(year, (number - 1) * months));
            period.ends = day_before(month_start(year, number * months));
            periods.push_back(std::move(period));
        }
    return periods;
}

std::string period_label(const Period& period)
{
    const std::string year = partnerships::fiscal_year_label(period.fiscal_year);
    switch (period.frequency) {
    case Frequency::Quarterly: return year + " Q" + std::to_string(period.number);
    case Frequency::SemiAnnual: return year + " H" + std::to_string(period.number);
    case Frequency::Annual: break;
    }
    return year;
}

}  // namespace pmi::results
