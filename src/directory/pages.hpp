#pragma once
// Directory pages: the public list and profile of partner local governments; the edit
// forms (officers, and staff for their own profile); the officers' lists, import and export.
#include "directory/directory_service.hpp"
#include "files/file_store.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::directory {

class DirectoryPages {
public:
    DirectoryPages(DirectoryService& directory, site::SiteService& site, files::FileStore& files, const web::Views& views)
        : directory_(directory), site_(site), files_(files), views_(views) {}

    web::Response partners(web::Exchange& exchange);
    web::Response partner(web::Exchange& exchange);

    web::Response new_partner(web::Exchange& exchange);
    web::Response edit_partner(web::Exchange& exchange);
    web::Response save_partner(web::Exchange& exchange);
    web::Response remove_partner(web::Exchange& exchange);
    web::Response new_team(web::Exchange& exchange);
    web::Response edit_team(web::Exchange& exchange);
    web::Response save_team(web::Exchange& exchange);
    web::Response remove_team(web::Exchange& exchange);
    web::Response my_profile(web::Exchange& exchange);  // to the profile the actor's organisation keeps

    web::Response manage(web::Exchange& exchange);
    web::Response import_form(web::Exchange& exchange);
    web::Response import_file(web::Exchange& exchange);
    web::Response export_partners_csv(web::Exchange& exchange);
    web::Response export_teams_csv(web::Exchange& exchange);
    web::Response export_partners_xlsx(web::Exchange& exchange);
    web::Response export_teams_xlsx(web::Exchange& exchange);

private:
    web::Response partner_form(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    web::Response team_form(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    web::Response import_page(web::Exchange& exchange, const web::Fields& fields, const Error* error, const ImportReport* report,
                              const std::string& kept_file);
    std::vector<std::string> area_names(const web::Exchange& exchange);
    web::Response refuse(web::Exchange& exchange, const Error& error) const;

    DirectoryService& directory_;
    site::SiteService& site_;
    files::FileStore& files_;
    const web::Views& views_;
};

}  // namespace pmi::directory
