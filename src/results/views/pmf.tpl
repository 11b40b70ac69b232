{{%AUTOESCAPE context="HTML"}}<div class="pmf">
<p class="meta"><a href="/results">{{_:x-t=Logic model}}</a></p>
<h1>{{_:x-t=Performance Measurement Framework}}{{#FOR_PARTNERSHIP}} · {{PARTNERSHIP}}{{/FOR_PARTNERSHIP}}</h1>
<form method="get" action="/results/pmf" class="pmf-filters">
  <div class="field">
    <label for="country">{{_:x-t=Country}}</label>
    <select id="country" name="country"><option value="">{{_:x-t=All countries}}</option>{{#COUNTRY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COUNTRY_OPTION}}</select>
  </div>
  <div class="field">
    <label for="area">{{_:x-t=Programming area}}</label>
    <select id="area" name="area"><option value="">{{_:x-t=All areas}}</option>{{#AREA_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/AREA_OPTION}}</select>
  </div>
  <button type="submit" class="button">{{_:x-t=Show}}</button>
</form>
<p class="pmf-exports"><a href="/results/pmf.csv?country={{COUNTRY:u}}&amp;area={{AREA:u}}&amp;partnership={{PARTNERSHIP_ID:u}}">CSV</a> · <a href="/results/pmf.xlsx?country={{COUNTRY:u}}&amp;area={{AREA:u}}&amp;partnership={{PARTNERSHIP_ID:u}}">XLSX</a></p>
<h2 id="progress-heading">{{_:x-t=Progress against the latest target}}</h2>
{{#NO_PROGRESS}}<p>{{_:x-t=No approved value meets a target yet.}}</p>{{/NO_PROGRESS}}
<svg class="chart" viewBox="0 0 720 {{CHART_HEIGHT}}" role="img" aria-labelledby="progress-heading progress-title">
  <title id="progress-title">{{_:x-t=The total of each indicator in the year of its latest target, as a share of that target; the line marks the target.}}</title>
  {{#PROGRESS_BAR}}<text x="0" y="{{TEXT_Y}}" class="bar-label">{{LABEL}}</text><rect x="160" y="{{Y}}" width="{{WIDTH}}" height="18" class="bar"></rect><text x="{{WIDTH}}" dx="168" y="{{TEXT_Y}}" class="bar-value">{{VALUE}}</text>{{/PROGRESS_BAR}}
  <line x1="{{TARGET_X}}" y1="0" x2="{{TARGET_X}}" y2="{{CHART_HEIGHT}}" class="axis"></line>
</svg>
{{#NO_INDICATORS}}<p>{{_:x-t=No indicator yet.}}</p>{{/NO_INDICATORS}}
<div class="table-scroll" tabindex="0"><table class="data-table pmf-table"><caption>{{_:x-t=Expected results, indicators, baselines, targets and approved actuals by fiscal year, in every disaggregation cell}}</caption>
<thead><tr><th scope="col">{{_:x-t=Expected result}}</th><th scope="col">{{_:x-t=Indicator}}</th><th scope="col">{{_:x-t=Disaggregation}}</th><th scope="col" class="num">{{_:x-t=Baseline}}</th>{{#TARGET_YEAR}}<th scope="col" class="num">{{_:x-t=Target}} {{YEAR}}</th>{{/TARGET_YEAR}}{{#ACTUAL_YEAR}}<th scope="col" class="num">{{_:x-t=Actual}} {{YEAR}}</th>{{/ACTUAL_YEAR}}<th scope="col">{{_:x-t=Data source}}</th><th scope="col">{{_:x-t=Collection method}}</th><th scope="col">{{_:x-t=Frequency}}</th><th scope="col">{{_:x-t=Responsibility}}</th></tr></thead>
<tbody>{{#LINE}}<tr{{#CELL_ROW}} class="pmf-cell"{{/CELL_ROW}}><td>{{#RESULT}}<strong>{{CODE}}</strong> {{STATEMENT}}{{/RESULT}}</td><td>{{#INDICATOR}}<strong>{{CODE}}</strong> {{NAME}}{{/INDICATOR}}</td><th scope="row">{{CELL}}</th><td class="num">{{#INDICATOR}}{{BASELINE}}{{/INDICATOR}}</td>{{#TARGET}}<td class="num">{{VALUE}}</td>{{/TARGET}}{{#ACTUAL}}<td class="num">{{#SOURCES}}<a href="/results/measurements?indicator={{INDICATOR_ID:u}}&amp;year={{YEAR:u}}&amp;cell={{CELL_CODE:u}}&amp;country={{COUNTRY:u}}&amp;area={{AREA:u}}&amp;partnership={{PARTNERSHIP_ID:u}}">{{VALUE}}</a>{{/SOURCES}}</td>{{/ACTUAL}}<td>{{#INDICATOR}}{{SOURCE}}{{/INDICATOR}}</td><td>{{#INDICATOR}}{{METHOD}}{{/INDICATOR}}</td><td>{{#INDICATOR}}{{FREQUENCY}}{{/INDICATOR}}</td><td>{{#INDICATOR}}{{RESPONSIBILITY}}{{/INDICATOR}}</td></tr>{{/LINE}}</tbody></table></div>
</div>
