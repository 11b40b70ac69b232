{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/directory">{{_:x-t=Partner directory}}</a></p>
<h1>{{_:x-t=Import the directory}}</h1>
<p>{{_:x-t=The first row names the columns, as in the exported files. Nothing is written while the file has problems, unless you choose to import its valid rows.}}</p>
{{>FORM_ERRORS}}
{{#REPORT}}<section aria-labelledby="report-heading" class="notice"><h2 id="report-heading">{{_:x-t=Result}}</h2>
{{#WRITTEN}}<p role="status">{{_:x-t=Imported}}: {{ADDED}} {{_:x-t=added}}, {{UPDATED}} {{_:x-t=updated}}, {{SKIPPED}} {{_:x-t=already in the directory and left as they were}}.</p>{{/WRITTEN}}
{{#NOT_WRITTEN}}<p role="alert">{{_:x-t=Nothing was written}}: {{INVALID}} / {{ROWS}} {{_:x-t=rows have problems}}.</p>{{/NOT_WRITTEN}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Problems, by row}}</caption>
<thead><tr><th scope="col" class="num">{{_:x-t=Row}}</th><th scope="col">{{_:x-t=Column}}</th><th scope="col">{{_:x-t=Problem}}</th></tr></thead>
<tbody>{{#PROBLEM}}<tr><td class="num">{{ROW}}</td><td>{{COLUMN}}</td><td>{{MESSAGE}}</td></tr>{{/PROBLEM}}</tbody></table></div>
{{#VALID_ROWS_FORM}}<form method="post" action="/manage/directory/import">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="kept_file" value="{{FILE}}"><input type="hidden" name="kind" value="{{KIND}}"><input type="hidden" name="mode" value="{{MODE}}"><input type="hidden" name="when_problems" value="valid_rows">
  <button type="submit" class="button">{{_:x-t=Import the valid rows}} ({{VALID}})</button>
</form>{{/VALID_ROWS_FORM}}
</section>{{/REPORT}}
<form method="post" action="/manage/directory/import" enctype="multipart/form-data">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <fieldset><legend>{{_:x-t=What the file lists}}</legend>
    <div class="checkbox"><input type="radio" id="kind_partners" name="kind" value="partners"{{#KIND_PARTNERS}} checked{{/KIND_PARTNERS}}><label for="kind_partners">{{_:x-t=Partner local governments}}</label></div>
    <div class="checkbox"><input type="radio" id="kind_teams" name="kind" value="teams"{{#KIND_TEAMS}} checked{{/KIND_TEAMS}}><label for="kind_teams">{{_:x-t=Canadian municipal teams}}</label></div>
  </fieldset>
  <fieldset><legend>{{_:x-t=Profiles already in the directory}}</legend>
    <div class="checkbox"><input type="radio" id="mode_add" name="mode" value="add"{{#MODE_ADD}} checked{{/MODE_ADD}}><label for="mode_add">{{_:x-t=Add new only, and leave existing profiles as they are}}</label></div>
    <div class="checkbox"><input type="radio" id="mode_update" name="mode" value="update"{{#MODE_UPDATE}} checked{{/MODE_UPDATE}}><label for="mode_update">{{_:x-t=Update existing profiles with the rows of the file}}</label></div>
  </fieldset>
  <div class="field"><label for="file">{{_:x-t=File (CSV or XLSX)}}</label><input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"{{#INVALID_file}} aria-invalid="true"{{/INVALID_file}}>
  {{#INVALID_file}}<p class="field-error">{{ERROR_file}}</p>{{/INVALID_file}}</div>
  <button type="submit" class="button">{{_:x-t=Import}}</button>
</form>
