{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/rates/exchange">{{_:x-t=Exchange rates}}</a> · <a href="/manage/rates/hourly">{{_:x-t=Hourly rates of staff time}}</a> · <a href="/manage/in-kind">{{_:x-t=In-kind contributions of the program}}</a></p>
<h1>{{HEADING}}</h1>
{{#EXCHANGE}}<p>{{_:x-t=An expense paid in another currency is converted at the rate in effect on its date, the latest rate that took effect on or before it.}}</p>{{/EXCHANGE}}
{{#HOURLY}}<p>{{_:x-t=Staff time is valued at the hourly rate of the person's role in effect on the date worked.}}</p>{{/HOURLY}}
{{>FORM_ERRORS}}
{{#NO_RATES}}<p>{{_:x-t=No rate yet.}}</p>{{/NO_RATES}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{HEADING}}</caption>
<thead><tr><th scope="col">{{KEY_LABEL}}</th><th scope="col">{{_:x-t=In effect from}}</th><th scope="col" class="num">{{RATE_LABEL}}</th><th scope="col">{{_:x-t=Source}}</th><th scope="col">{{_:x-t=Recorded}}</th></tr></thead>
<tbody>{{#RATE}}<tr><td>{{KEY}}</td><td>{{FROM}}</td><td class="num">{{VALUE}}</td><td>{{SOURCE}}</td><td>{{RECORDED}}</td></tr>{{/RATE}}</tbody></table></div>
<h2>{{_:x-t=Add a rate}}</h2>
<form method="post" action="/manage/rates/{{TABLE:u}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="key">{{KEY_LABEL}}</label>
    <select id="key" name="key"{{#INVALID_key}} aria-invalid="true"{{/INVALID_key}}>{{#KEY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/KEY_OPTION}}</select>
    {{#INVALID_key}}<p class="field-error">{{ERROR_key}}</p>{{/INVALID_key}}
  </div>
  <div class="field">
    <label for="effective_from">{{_:x-t=In effect from}}</label>
    <input id="effective_from" name="effective_from" type="date" value="{{FIELD_effective_from}}"{{#INVALID_effective_from}} aria-invalid="true"{{/INVALID_effective_from}}>
    {{#INVALID_effective_from}}<p class="field-error">{{ERROR_effective_from}}</p>{{/INVALID_effective_from}}
  </div>
  <div class="field">
    <label for="rate">{{RATE_LABEL}}</label>
    <input id="rate" name="rate" type="text" inputmode="decimal" maxlength="24" value="{{FIELD_rate}}" aria-describedby="rate-hint"{{#INVALID_rate}} aria-invalid="true"{{/INVALID_rate}}>
    <p class="hint" id="rate-hint">{{RATE_HINT}}</p>
    {{#INVALID_rate}}<p class="field-error">{{ERROR_rate}}</p>{{/INVALID_rate}}
  </div>
  <div class="field">
    <label for="source">{{_:x-t=Source}}</label>
    <input id="source" name="source" type="text" maxlength="200" value="{{FIELD_source}}"{{#INVALID_source}} aria-invalid="true"{{/INVALID_source}}>
    {{#INVALID_source}}<p class="field-error">{{ERROR_source}}</p>{{/INVALID_source}}
  </div>
  <button type="submit" class="button">{{_:x-t=Add the rate}}</button>
</form>
