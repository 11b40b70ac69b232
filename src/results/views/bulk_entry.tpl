{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships/{{ID:u}}">{{NAME}}</a> › <a href="/partnerships/{{ID:u}}/results">{{_:x-t=Results}}</a></p>
<h1>{{_:x-t=Bulk entry from a spreadsheet}}</h1>
<p>{{_:x-t=Download the template of a period, write the values in its value column (and the denominator of weighted averages), and upload it. The values are saved as drafts, to submit from the results page. Nothing is written while any row has a problem.}}</p>
{{>FORM_ERRORS}}
<form method="get" action="/partnerships/{{ID:u}}/results/bulk" class="pmf-filters">
  <div class="field">
    <label for="period">{{_:x-t=Period}}</label>
    <select id="period" name="period"><option value="">{{_:x-t=Choose a period}}</option>{{#PERIOD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PERIOD_OPTION}}</select>
  </div>
  <button type="submit" class="button secondary">{{_:x-t=Choose the period}}</button>
</form>
{{#PERIOD_CHOSEN}}<h2>{{_:x-t=Template}} · {{PERIOD_NAME}}</h2>
<p><a class="button secondary" href="/partnerships/{{ID:u}}/results/bulk/template.xlsx?period={{PERIOD_ID:u}}">{{_:x-t=Download the template (Excel)}}</a> <a class="button secondary" href="/partnerships/{{ID:u}}/results/bulk/template.csv?period={{PERIOD_ID:u}}">{{_:x-t=Download the template (CSV)}}</a></p>
{{#PREVIEW}}<section aria-labelledby="preview-heading" class="notice"><h2 id="preview-heading">{{_:x-t=What the file would write}}</h2>
{{#HAS_PROBLEMS}}<p role="alert">{{_:x-t=Nothing was written}}: {{PROBLEM_COUNT}} {{_:x-t=problems in the file. Correct the rows below and upload the file again.}}</p>
<div class="table-scroll" tabindex="0"><table class="data-table" id="bulk-problems"><caption>{{_:x-t=Problems, by row}}</caption>
<thead><tr><th scope="col" class="num">{{_:x-t=Row}}</th><th scope="col">{{_:x-t=Column}}</th><th scope="col">{{_:x-t=Problem}}</th></tr></thead>
<tbody>{{#PROBLEM}}<tr><td class="num">{{ROW}}</td><td>{{COLUMN}}</td><td>{{MESSAGE}}</td></tr>{{/PROBLEM}}</tbody></table></div>{{/HAS_PROBLEMS}}
{{#NOTHING_TO_WRITE}}<p role="status">{{_:x-t=The file gives no value to write; fill the value column of the rows to enter.}}</p>{{/NOTHING_TO_WRITE}}
{{#READY}}<p role="status">{{_:x-t=The file has no problem}}: {{FILLED}} {{_:x-t=empty cells filled}}, {{REPLACED}} {{_:x-t=draft values replaced}}, {{KEPT}} {{_:x-t=values left as they are}}.</p>{{/READY}}
<div class="table-scroll" tabindex="0"><table class="data-table" id="bulk-changes"><caption>{{_:x-t=Values in the file}}</caption>
<thead><tr><th scope="col" class="num">{{_:x-t=Row}}</th><th scope="col">{{_:x-t=Indicator}}</th><th scope="col">{{_:x-t=Cell}}</th><th scope="col" class="num">{{_:x-t=Current value}}</th><th scope="col" class="num">{{_:x-t=Value in the file}}</th><th scope="col">{{_:x-t=What happens}}</th></tr></thead>
<tbody>{{#CHANGE}}<tr><td class="num">{{ROW}}</td><td>{{INDICATOR}}</td><td>{{CELL}}</td><td class="num">{{BEFORE}}</td><td class="num">{{AFTER}}</td><td>{{ACTION}}</td></tr>{{/CHANGE}}</tbody></table></div>
{{#CONFIRM}}<form method="post" action="/partnerships/{{ID:u}}/results/bulk">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="kept_file" value="{{FILE}}"><input type="hidden" name="period" value="{{PERIOD_ID}}"><input type="hidden" name="mode" value="{{MODE}}">
  <button type="submit" class="button">{{_:x-t=Write these values}}</button>
</form>{{/CONFIRM}}
</section>{{/PREVIEW}}
<h2>{{_:x-t=Upload the filled template}}</h2>
<form method="post" action="/partnerships/{{ID:u}}/results/bulk" enctype="multipart/form-data">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="period" value="{{PERIOD_ID}}">
  <fieldset><legend>{{_:x-t=Values already entered}}</legend>
    <div class="checkbox"><input type="radio" id="mode_add" name="mode" value="add"{{#MODE_ADD}} checked{{/MODE_ADD}}><label for="mode_add">{{_:x-t=Add, filling only empty cells and leaving values already entered as they are}}</label></div>
    <div class="checkbox"><input type="radio" id="mode_replace" name="mode" value="replace"{{#MODE_REPLACE}} checked{{/MODE_REPLACE}}><label for="mode_replace">{{_:x-t=Replace, overwriting draft values with those of the file (submitted and approved values never change)}}</label></div>
  </fieldset>
  <div class="field"><label for="file">{{_:x-t=Filled template (CSV or XLSX)}}</label><input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"{{#INVALID_file}} aria-invalid="true"{{/INVALID_file}}>
  {{#INVALID_file}}<p class="field-error">{{ERROR_file}}</p>{{/INVALID_file}}</div>
  <button type="submit" class="button">{{_:x-t=Check the file}}</button>
</form>{{/PERIOD_CHOSEN}}
