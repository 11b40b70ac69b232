{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships/{{ID:u}}">{{NAME}}</a> › <a href="/results/pmf?partnership={{ID:u}}">{{_:x-t=Performance Measurement Framework}}</a></p>
<h1>{{_:x-t=Results}}</h1>
{{>FORM_ERRORS}}
<h2>{{_:x-t=Reported values}}</h2>
{{#NO_MEASUREMENTS}}<p>{{_:x-t=No value reported yet.}}</p>{{/NO_MEASUREMENTS}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Reported values, with every revision}}</caption>
<thead><tr><th scope="col">{{_:x-t=Indicator}}</th><th scope="col">{{_:x-t=Period}}</th><th scope="col" class="num">{{_:x-t=Revision}}</th><th scope="col" class="num">{{_:x-t=Total}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Entered by}}</th><th scope="col">{{_:x-t=Evidence}}</th><th scope="col">{{_:x-t=Decision}}</th></tr></thead>
<tbody>{{#MEASUREMENT}}<tr><td><a href="/partnerships/{{ID:u}}/results?indicator={{INDICATOR_ID:u}}&amp;period={{PERIOD_ID:u}}">{{INDICATOR}}</a></td><td>{{PERIOD}}</td><td class="num">{{REVISION}}</td><td class="num">{{TOTAL}}</td><td>{{STATUS}}</td><td>{{ENTERED}}</td><td>{{#EVIDENCE}}<a href="/partnerships/{{ID:u}}/results/evidence/{{EVIDENCE_ID:u}}">{{FILE_NAME}}</a><br>{{/EVIDENCE}}{{#ADD_EVIDENCE}}<form method="post" action="/partnerships/{{ID:u}}/results/{{MEASUREMENT_ID:u}}/evidence" enctype="multipart/form-data" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><label for="file-{{MEASUREMENT_ID}}">{{_:x-t=Evidence file}}</label> <input id="file-{{MEASUREMENT_ID}}" name="file" type="file" accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"> <button type="submit" class="button secondary">{{_:x-t=Add the file}}</button></form>{{/ADD_EVIDENCE}}</td><td>{{REASON}}{{#DECIDE}}<form method="post" action="/partnerships/{{ID:u}}/results/{{MEASUREMENT_ID:u}}/decision" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><label for="reason-{{MEASUREMENT_ID}}">{{_:x-t=Reason for returning}}</label> <input id="reason-{{MEASUREMENT_ID}}" name="reason" type="text" maxlength="2000"> <button type="submit" name="verdict" value="approve" class="button">{{_:x-t=Approve}}</button> <button type="submit" name="verdict" value="return" class="button secondary">{{_:x-t=Return}}</button></form>{{/DECIDE}}</td></tr>{{/MEASUREMENT}}</tbody></table></div>
<h2>{{_:x-t=Report a value}}</h2>
<p><a href="/partnerships/{{ID:u}}/results/bulk">{{_:x-t=Enter many values from a spreadsheet}}</a></p>
<form method="get" action="/partnerships/{{ID:u}}/results" class="pmf-filters">
  <div class="field">
    <label for="indicator">{{_:x-t=Indicator}}</label>
    <select id="indicator" name="indicator">{{#INDICATOR_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/INDICATOR_OPTION}}</select>
  </div>
  <div class="field">
    <label for="period">{{_:x-t=Period}}</label>
    <select id="period" name="period"><option value="">{{_:x-t=Choose the indicator first}}</option>{{#PERIOD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PERIOD_OPTION}}</select>
  </div>
  <button type="submit" class="button secondary">{{_:x-t=Open the form}}</button>
</form>
{{#ENTRY}}<form method="post" action="/partnerships/{{ID:u}}/results" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="indicator" value="{{INDICATOR_ID}}">
  <input type="hidden" name="period" value="{{PERIOD_ID}}">
  <h3>{{INDICATOR_NAME}}</h3>
  {{#GRID}}<p class="hint">{{_:x-t=Enter the total, and either every cell or none; the total must equal the cells.}}{{#WEIGHTED}} {{_:x-t=Denominator}} · {{DENOMINATOR_NAME}}{{/WEIGHTED}}</p>
  <table class="data-table grid-table"><caption>{{_:x-t=Values by disaggregation cell}}</caption>
  <thead><tr><th scope="col">{{_:x-t=Cell}}</th><th scope="col">{{_:x-t=Value}}</th>{{#WEIGHTED}}<th scope="col">{{_:x-t=Denominator}}</th>{{/WEIGHTED}}</tr></thead>
  <tbody>{{#CELL}}<tr><th scope="row">{{NAME}}</th><td><input id="value-{{CELL}}" name="value-{{CELL}}" type="text" inputmode="decimal" maxlength="20" value="{{VALUE}}" aria-label="{{_:x-t=Value}} · {{NAME}}"{{#INVALID}} aria-invalid="true"{{/INVALID}}></td>{{#DENOMINATOR}}<td><input id="denominator-{{CELL}}" name="denominator-{{CELL}}" type="text" inputmode="numeric" maxlength="8" value="{{VALUE}}" aria-label="{{_:x-t=Denominator}} · {{NAME}}"{{#INVALID}} aria-invalid="true"{{/INVALID}}></td>{{/DENOMINATOR}}</tr>{{/CELL}}</tbody></table>{{/GRID}}
  {{#NARRATIVE}}<div class="field">
    <label for="narrative">{{_:x-t=Result in a few sentences}}</label>
    <textarea id="narrative" name="narrative" rows="4" maxlength="2000"{{#INVALID_narrative}} aria-invalid="true"{{/INVALID_narrative}}>{{FIELD_narrative}}</textarea>
  </div>{{/NARRATIVE}}
  <div class="field">
    <label for="comment">{{_:x-t=Comment}}</label>
    <textarea id="comment" name="comment" rows="2" maxlength="2000">{{FIELD_comment}}</textarea>
  </div>
  <button type="submit" name="submission" value="draft" class="button secondary">{{_:x-t=Save as a draft}}</button>
  <button type="submit" name="submission" value="submit" class="button">{{_:x-t=Submit for approval}}</button>
</form>{{/ENTRY}}
