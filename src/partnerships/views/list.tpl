{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Partnerships}}</h1>
<p>{{_:x-t=Canadian municipalities and partner local governments working together, by country.}}</p>
{{#OFFICER}}<p><a class="button" href="/manage/partnerships/new">{{_:x-t=New partnership}}</a></p>{{/OFFICER}}
<p role="status">{{COUNT}} · <a href="/map">{{_:x-t=See them on the map}}</a> · <a href="/partnerships.csv">CSV</a> · <a href="/partnerships.xlsx">XLSX</a></p>
{{#NONE}}<p>{{_:x-t=No partnership is shown here yet.}}</p>{{/NONE}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Partnerships}}</caption>
<thead><tr><th scope="col">{{_:x-t=Canadian municipalities}}</th><th scope="col">{{_:x-t=Partner local governments}}</th><th scope="col">{{_:x-t=Country}}</th><th scope="col">{{_:x-t=Status}}</th><th scope="col">{{_:x-t=Start date}}</th></tr></thead>
<tbody>{{#PARTNERSHIP}}<tr><td><a href="/partnerships/{{ID:u}}">{{TEAMS}}</a>{{#YOURS}} <strong>({{_:x-t=yours}})</strong>{{/YOURS}}{{#UNPUBLISHED}} <em>({{_:x-t=not public}})</em>{{/UNPUBLISHED}}</td><td>{{PARTNERS}}</td><td>{{COUNTRY}}</td><td>{{STATUS}}</td><td>{{SINCE}}</td></tr>{{/PARTNERSHIP}}</tbody></table></div>
