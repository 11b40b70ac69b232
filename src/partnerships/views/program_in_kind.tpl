{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships">{{_:x-t=Partnerships}}</a> · <a href="/manage/rates/exchange">{{_:x-t=Exchange rates}}</a> · <a href="/manage/rates/hourly">{{_:x-t=Hourly rates of staff time}}</a></p>
<h1>{{_:x-t=In-kind contributions of the program}}</h1>
<p>{{_:x-t=Approved in-kind contributions}} <strong id="program-in-kind-total">{{TOTAL}}</strong> · <a href="/manage/in-kind.csv">CSV</a> · <a href="/manage/in-kind.xlsx">XLSX</a></p>
<h2>{{_:x-t=By fiscal year}}</h2>
{{>YEAR_CHART}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=By fiscal year}}</caption>
<thead><tr><th scope="col">{{_:x-t=Fiscal year}}</th><th scope="col" class="num">{{_:x-t=Value}}</th></tr></thead>
<tbody>{{#YEAR_ROW}}<tr><th scope="row">{{GROUP}}</th><td class="num">{{AMOUNT}}</td></tr>{{/YEAR_ROW}}</tbody></table></div>
<h2>{{_:x-t=By municipality}}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=By municipality}}</caption>
<thead><tr><th scope="col">{{_:x-t=Municipality}}</th><th scope="col" class="num">{{_:x-t=Value}}</th></tr></thead>
<tbody>{{#MUNICIPALITY_ROW}}<tr><th scope="row">{{GROUP}}</th><td class="num">{{AMOUNT}}</td></tr>{{/MUNICIPALITY_ROW}}</tbody></table></div>
<h2>{{_:x-t=By partnership}}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=By partnership}}</caption>
<thead><tr><th scope="col">{{_:x-t=Partnership}}</th><th scope="col" class="num">{{_:x-t=Value}}</th></tr></thead>
<tbody>{{#PARTNERSHIP_ROW}}<tr><th scope="row">{{GROUP}}</th><td class="num">{{AMOUNT}}</td></tr>{{/PARTNERSHIP_ROW}}</tbody></table></div>
<h2>{{_:x-t=By country}}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=By country}}</caption>
<thead><tr><th scope="col">{{_:x-t=Country}}</th><th scope="col" class="num">{{_:x-t=Value}}</th></tr></thead>
<tbody>{{#COUNTRY_ROW}}<tr><th scope="row">{{GROUP}}</th><td class="num">{{AMOUNT}}</td></tr>{{/COUNTRY_ROW}}</tbody></table></div>
