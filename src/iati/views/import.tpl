{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/iati">{{_:x-t=IATI publication}}</a></p>
<h1>{{_:x-t=Import an IATI activity file}}</h1>
<p>{{_:x-t=Read the activities another organisation published (IATI 2.01 to 2.03). The implementing organisations of activities in the program's countries are added to the partner directory, their results to the logic model and the actual values of the program's partnerships as approved values; everything else the file says is listed below with the reason it was left out. Importing the same file again adds nothing.}}</p>
{{>FORM_ERRORS}}
{{#REPORT}}<section aria-labelledby="report-heading" class="notice"><h2 id="report-heading">{{_:x-t=Result}}</h2>
<p role="status">{{ACTIVITIES}} {{_:x-t=activities read}}</p>
<svg class="chart" viewBox="0 0 720 204" role="img" aria-labelledby="report-heading import-chart-title">
  <title id="import-chart-title">{{_:x-t=What the import added and left out}}</title>
  {{#IMPORT_BAR}}<text x="0" y="{{TEXT_Y}}" class="bar-label">{{LABEL}}</text><rect x="190" y="{{Y}}" width="{{WIDTH}}" height="18" class="bar"></rect><text x="{{WIDTH}}" dx="198" y="{{TEXT_Y}}" class="bar-value">{{COUNT}}</text>{{/IMPORT_BAR}}
</svg>
<div class="table-scroll" tabindex="0"><table class="data-table" id="import-summary"><caption>{{_:x-t=What the import added and left out}}</caption>
<thead><tr><th scope="col">{{_:x-t=Item}}</th><th scope="col" class="num">{{_:x-t=Count}}</th></tr></thead>
<tbody>{{#IMPORT_ROW}}<tr><th scope="row">{{LABEL}}</th><td class="num">{{COUNT}}</td></tr>{{/IMPORT_ROW}}</tbody></table></div>
{{#NO_PARTNERS}}<p>{{_:x-t=No partner local government was found in the file.}}</p>{{/NO_PARTNERS}}
<div class="table-scroll" tabindex="0"><table class="data-table" id="imported-partners"><caption>{{_:x-t=Partner local governments}}</caption>
<thead><tr><th scope="col">{{_:x-t=Activity}}</th><th scope="col">{{_:x-t=Name}}</th><th scope="col">{{_:x-t=Key}}</th><th scope="col">{{_:x-t=Country}}</th><th scope="col">{{_:x-t=Outcome}}</th></tr></thead>
<tbody>{{#PARTNER}}<tr><td>{{ACTIVITY}}</td><td><a href="/partners/{{KEY:u}}">{{NAME}}</a></td><td>{{KEY}}</td><td>{{COUNTRY}}</td><td>{{OUTCOME}}</td></tr>{{/PARTNER}}</tbody></table></div>
{{#NO_RESULTS}}<p>{{_:x-t=The file has no results.}}</p>{{/NO_RESULTS}}
<div class="table-scroll" tabindex="0"><table class="data-table" id="imported-results"><caption>{{_:x-t=Results}}</caption>
<thead><tr><th scope="col">{{_:x-t=Activity}}</th><th scope="col">{{_:x-t=Partnership}}</th><th scope="col" class="num">{{_:x-t=Results added to the logic model}}</th><th scope="col" class="num">{{_:x-t=Indicators added}}</th><th scope="col" class="num">{{_:x-t=Targets added}}</th><th scope="col" class="num">{{_:x-t=Values approved}}</th><th scope="col" class="num">{{_:x-t=Values already held}}</th></tr></thead>
<tbody>{{#RESULTS}}<tr><td>{{ACTIVITY}}</td><td>{{#PARTNERSHIP}}<a href="/partnerships/{{PARTNERSHIP_ID:u}}/results">{{_:x-t=Partnership}} {{PARTNERSHIP_ID}}</a>{{/PARTNERSHIP}}</td><td class="num">{{NODES}}</td><td class="num">{{INDICATORS}}</td><td class="num">{{TARGETS}}</td><td class="num">{{VALUES}}</td><td class="num">{{KEPT}}</td></tr>{{/RESULTS}}</tbody></table></div>
{{#ALL_MAPPED}}<p>{{_:x-t=Everything in the file was imported.}}</p>{{/ALL_MAPPED}}
<div class="table-scroll" tabindex="0"><table class="data-table" id="unmapped"><caption>{{_:x-t=Not imported}}</caption>
<thead><tr><th scope="col">{{_:x-t=Activity}}</th><th scope="col">{{_:x-t=IATI element}}</th><th scope="col">{{_:x-t=Reason}}</th></tr></thead>
<tbody>{{#UNMAPPED}}<tr><td>{{ACTIVITY}}</td><td><code>{{ELEMENT}}</code></td><td>{{MESSAGE}}</td></tr>{{/UNMAPPED}}</tbody></table></div>
</section>{{/REPORT}}
<form method="post" action="/iati/import" enctype="multipart/form-data">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="file">{{_:x-t=IATI activity file (XML, at most 20 MB)}}</label><input id="file" name="file" type="file" accept=".xml,application/xml,text/xml"{{#INVALID_file}} aria-invalid="true"{{/INVALID_file}}>
  {{#INVALID_file}}<p class="field-error">{{ERROR_file}}</p>{{/INVALID_file}}</div>
  <button type="submit" class="button">{{_:x-t=Import}}</button>
</form>
