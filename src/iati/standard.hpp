#pragma once
// The IATI Standard 2.03 as the binary carries it (src/iati/standard/, see its README): the
// activity schema, compiled once, and the code lists the export is checked against.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

struct _xmlSchema;

namespace pmi::iati {

// One official code list: its active codes, and the withdrawn ones (refused in new files).
struct Codelist {
    std::set<std::string, std::less<>> active, withdrawn;
    bool has(std::string_view code) const { return active.contains(code); }
};

class Standard {
public:
    // Compiles the schema and reads the code lists; throws when the embedded files are damaged
    // (a build fault, never the user's).
    Standard();
    ~Standard();
    Standard(const Standard&) = delete;
    Standard& operator=(const Standard&) = delete;

    // The compiled iati-activities schema; shared by validations on any thread.
    _xmlSchema* schema() const { return schema_; }
    // The list named as in its file ("Sector", "ActivityStatus"); throws on an unknown name.
    const Codelist& codelist(std::string_view name) const;

private:
    _xmlSchema* schema_ = nullptr;
    std::map<std::string, Codelist, std::less<>> codelists_;
};

// The one Standard of the process, made on first use.
const Standard& standard();

}  // namespace pmi::iati
