{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Map of the partnerships}}</h1>
<p>{{_:x-t=Each mark is a partnership between Canadian municipalities and a local government abroad, coloured by its main programming area. Marks gather around the centre of their country; the list beside the map names them all.}}</p>
<p>{{_:x-t=Each diamond is a network organisation of local governments, at its seat or in its country.}}</p>
<div class="map-layout">
<div class="map-panels">
{{#PANEL}}<figure class="map-panel">
<svg class="map" viewBox="0 0 {{WIDTH}} {{HEIGHT}}" role="img" aria-labelledby="map-{{REGION}}-title">
<title id="map-{{REGION}}-title">{{REGION_NAME}}</title>
<path class="map-land" d="{{LAND}}"/>
{{#COUNTRY}}<path class="map-country" data-country="{{CODE}}" d="{{PATH}}"><title>{{NAME}}</title></path>
{{/COUNTRY}}{{#MARK}}<circle class="map-mark map-mark-{{COLOUR}}" cx="{{X}}" cy="{{Y}}" r="7"><title>{{NAME}}</title></circle>
{{/MARK}}{{#NETWORK_MARK}}<rect class="map-network" x="{{X}}" y="{{Y}}" width="10" height="10" transform="rotate(45 {{CX}} {{CY}})"><title>{{NAME}}</title></rect>
{{/NETWORK_MARK}}</svg>
<figcaption>{{REGION_NAME}}</figcaption>
</figure>
{{/PANEL}}
<ul class="map-legend" aria-label="{{_:x-t=Programming areas}}">{{#LEGEND}}<li><svg class="map-swatch" viewBox="0 0 12 12" aria-hidden="true"><circle class="map-mark map-mark-{{COLOUR}}" cx="6" cy="6" r="5"/></svg> {{NAME}}</li>{{/LEGEND}}<li><svg class="map-swatch" viewBox="0 0 12 12" aria-hidden="true"><rect class="map-network" x="2.5" y="2.5" width="7" height="7" transform="rotate(45 6 6)"/></svg> {{_:x-t=Network organisation}}</li></ul>
</div>
<div class="map-lists">
<section class="map-list" aria-labelledby="map-list-title">
<h2 id="map-list-title">{{_:x-t=Partnerships by country}}</h2>
{{#NONE}}<p>{{_:x-t=No partnership is shown here yet.}}</p>{{/NONE}}
{{#LISTED_COUNTRY}}<h3 id="map-country-{{CODE}}">{{NAME}} <span class="map-note">({{COUNT}})</span></h3>
<ul aria-labelledby="map-country-{{CODE}}">{{#ITEM}}<li><svg class="map-swatch" viewBox="0 0 12 12" aria-hidden="true"><circle class="map-mark map-mark-{{COLOUR}}" cx="6" cy="6" r="5"/></svg> <a href="/partnerships/{{ID:u}}">{{NAME}}</a><br><span class="map-note">{{AREAS}}</span></li>{{/ITEM}}</ul>
{{/LISTED_COUNTRY}}
</section>
<section class="map-networks" aria-labelledby="map-networks-title">
<h2 id="map-networks-title">{{_:x-t=Network organisations}}</h2>
{{#NO_NETWORKS}}<p>{{_:x-t=No network organisation is listed yet.}}</p>{{/NO_NETWORKS}}
<ul>{{#NETWORK}}<li><a href="/networks/{{KEY:u}}">{{NAME}}</a><br><span class="map-note">{{WHERE}}{{#NOT_DRAWN}} · {{_:x-t=not on the map, no seat given}}{{/NOT_DRAWN}}</span></li>{{/NETWORK}}</ul>
</section>
</div>
</div>
