export const id=232;export const ids=[232];export const modules={68787:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(13742);e.exports=n},13742:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function filled(e,t){var r;var n;r=[];for(n=0;n<t;n++){r.push(e)}return r}e.exports=filled},21830:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(1401);e.exports=n},1401:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(68787);function zeros(e){return n(0,e)}e.exports=zeros},69979:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(39714);var s=r(15878);var a=r(98520);var i;if(n()){i=s}else{i=a}e.exports=i},15878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Float64Array==="function"?Float64Array:void 0;e.exports=t},98520:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},14826:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(55613);var s=r(43405);var a=r(40523);var i;if(n()){i=s}else{i=a}e.exports=i},43405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint16Array==="function"?Uint16Array:void 0;e.exports=t},40523:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},47096:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(44171);var s=r(62399);var a=r(83689);var i;if(n()){i=s}else{i=a}e.exports=i},62399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint32Array==="function"?Uint32Array:void 0;e.exports=t},83689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},65183:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4246);var s=r(78570);var a=r(97540);var i;if(n()){i=s}else{i=a}e.exports=i},78570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint8Array==="function"?Uint8Array:void 0;e.exports=t},97540:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},5265:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Float64Array==="function"?Float64Array:null;e.exports=t},39714:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(16405);e.exports=n},16405:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(25672);var s=r(5265);function hasFloat64ArraySupport(){var e;var t;if(typeof s!=="function"){return false}try{t=new s([1,3.14,-3.14,NaN]);e=n(t)&&t[0]===1&&t[1]===3.14&&t[2]===-3.14&&t[3]!==t[3]}catch(t){e=false}return e}e.exports=hasFloat64ArraySupport},67640:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(43103);e.exports=n},43103:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(13595);function hasGeneratorSupport(){var e;try{n('"use strict"; (function* () {})');e=true}catch(t){e=false}return e}e.exports=hasGeneratorSupport},31907:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(54270);e.exports=n},54270:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.hasOwnProperty;function hasOwnProp(e,r){if(e===void 0||e===null){return false}return t.call(e,r)}e.exports=hasOwnProp},75547:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(166);e.exports=n},166:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function hasSymbolSupport(){return typeof Symbol==="function"&&typeof Symbol("foo")==="symbol"}e.exports=hasSymbolSupport},9501:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(36284);e.exports=n},36284:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(75547);var s=n();function hasToStringTagSupport(){return s&&typeof Symbol.toStringTag==="symbol"}e.exports=hasToStringTagSupport},55613:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(62364);e.exports=n},62364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(63599);var s=r(26653);var a=r(5929);function hasUint16ArraySupport(){var e;var t;if(typeof a!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new a(t);e=n(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint16ArraySupport},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint16Array==="function"?Uint16Array:null;e.exports=t},44171:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(8950);e.exports=n},8950:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(13209);var s=r(98035);var a=r(22709);function hasUint32ArraySupport(){var e;var t;if(typeof a!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new a(t);e=n(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint32ArraySupport},22709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint32Array==="function"?Uint32Array:null;e.exports=t},4246:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(90249);e.exports=n},90249:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(10228);var s=r(92732);var a=r(85545);function hasUint8ArraySupport(){var e;var t;if(typeof a!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new a(t);e=n(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint8ArraySupport},85545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint8Array==="function"?Uint8Array:null;e.exports=t},25672:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(87439);e.exports=n},87439:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var s=typeof Float64Array==="function";function isFloat64Array(e){return s&&e instanceof Float64Array||n(e)==="[object Float64Array]"}e.exports=isFloat64Array},57604:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(65183);var s=r(14826);var a={uint16:s,uint8:n};e.exports=a},40347:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(77158);e.exports=n},77158:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(57604);var s;function isLittleEndian(){var e;var t;e=new n["uint16"](1);e[0]=4660;t=new n["uint8"](e.buffer);return t[0]===52}s=isLittleEndian();e.exports=s},63599:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(82394);e.exports=n},82394:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var s=typeof Uint16Array==="function";function isUint16Array(e){return s&&e instanceof Uint16Array||n(e)==="[object Uint16Array]"}e.exports=isUint16Array},13209:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(98168);e.exports=n},98168:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var s=typeof Uint32Array==="function";function isUint32Array(e){return s&&e instanceof Uint32Array||n(e)==="[object Uint32Array]"}e.exports=isUint32Array},10228:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(37755);e.exports=n},37755:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var s=typeof Uint8Array==="function";function isUint8Array(e){return s&&e instanceof Uint8Array||n(e)==="[object Uint8Array]"}e.exports=isUint8Array},79951:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=34028234663852886e22;e.exports=t},28858:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=11754943508222875e-54;e.exports=t},20045:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2.718281828459045;e.exports=t},55088:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2220446049250313e-31;e.exports=t},82404:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.5772156649015329;e.exports=t},11877:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1023|0;e.exports=t},86862:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.7853981633974483;e.exports=t},13822:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=10.900511;e.exports=t},29475:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.34657359027997264;e.exports=t},5553:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1.5707963267948966;e.exports=t},43935:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483647>>>0;e.exports=t},30222:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2146435072;e.exports=t},45976:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483648>>>0;e.exports=t},28910:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1048575;e.exports=t},74322:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.9189385332046728;e.exports=t},81239:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.6931471805599453;e.exports=t},92656:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-1023|0;e.exports=t},46276:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1023|0;e.exports=t},74193:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=709.782712893384;e.exports=t},30313:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=170|0;e.exports=t},44241:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=9007199254740991;e.exports=t},83424:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=17976931348623157e292;e.exports=t},34862:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-1074|0;e.exports=t},67999:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-708.3964185322641;e.exports=t},81475:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(84241);var s=n.NEGATIVE_INFINITY;e.exports=s},31277:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=20|0;e.exports=t},39701:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=3.141592653589793;e.exports=t},50469:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Number.POSITIVE_INFINITY;e.exports=t},55417:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=22250738585072014e-324;e.exports=t},33975:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=5e-324;e.exports=t},58159:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1.4901161193847656e-8;e.exports=t},62385:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2.5066282746310007;e.exports=t},96515:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1.4142135623730951;e.exports=t},7120:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=6.283185307179586;e.exports=t},83960:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483647|0;e.exports=t},26653:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=65535|0;e.exports=t},98035:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=4294967295;e.exports=t},92732:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=255|0;e.exports=t},36990:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(74209);e.exports=n},74209:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Function;e.exports=t},20530:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(18085);e.exports=n},18085:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2804);function isEven(e){return n(e/2)}e.exports=isEven},57234:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50661);e.exports=n},50661:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50469);var s=r(81475);function isInfinite(e){return e===n||e===s}e.exports=isInfinite},2804:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(63835);e.exports=n},63835:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(42334);function isInteger(e){return n(e)===e}e.exports=isInteger},86523:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(49382);e.exports=n},49382:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isnan(e){return e!==e}e.exports=isnan},23270:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(48121);e.exports=n},48121:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(81475);function isNegativeZero(e){return e===0&&1/e===n}e.exports=isNegativeZero},97687:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9106);e.exports=n},9106:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(20530);function isOdd(e){if(e>0){return n(e-1)}return n(e+1)}e.exports=isOdd},30866:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7685);e.exports=n},7685:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50469);function isPositiveZero(e){return e===0&&1/e===n}e.exports=isPositiveZero},66260:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(76443);e.exports=n},76443:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function abs(e){return Math.abs(e)}e.exports=abs},99418:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(80989);e.exports=n},80989:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1995, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=r(86523);var s=r(49827);var a=r(15478);var i=r(86862);var o=6123233995736766e-32;function acos(e){var t;if(n(e)){return NaN}if(e<-1||e>1){return NaN}if(e>.5){return 2*s(a(.5-.5*e))}t=i-s(e);t+=o;t+=i;return t}e.exports=acos},49827:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(222);e.exports=n},222:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1995, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=r(86523);var s=r(15478);var a=r(86862);var i=r(27947);var o=r(50035);var c=6123233995736766e-32;function asin(e){var t;var r;var l;var f;var u;if(n(e)){return NaN}if(e>0){l=e}else{t=true;l=-e}if(l>1){return NaN}if(l>.625){r=1-l;f=r*o(r);r=s(r+r);u=a-r;r=r*f-c;u-=r;u+=a}else{if(l<1e-8){return e}r=l*l;u=r*i(r);u=l*u+l}return t?-u:u}e.exports=asin},27947:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return.16666666666666713}if(e<0){t=-e}else{t=e}if(t<=1){r=-8.198089802484825+e*(19.562619833175948+e*(-16.262479672107002+e*(5.444622390564711+e*(-.6019598008014124+e*.004253011369004428))));n=-49.18853881490881+e*(139.51056146574857+e*(-147.1791292232726+e*(70.49610280856842+e*(-14.740913729888538+e*1))))}else{e=1/e;r=.004253011369004428+e*(-.6019598008014124+e*(5.444622390564711+e*(-16.262479672107002+e*(19.562619833175948+e*-8.198089802484825))));n=1+e*(-14.740913729888538+e*(70.49610280856842+e*(-147.1791292232726+e*(139.51056146574857+e*-49.18853881490881))))}return r/n}e.exports=evalrational},50035:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return.08333333333333809}if(e<0){t=-e}else{t=e}if(t<=1){r=28.536655482610616+e*(-25.56901049652825+e*(6.968710824104713+e*(-.5634242780008963+e*.002967721961301243)));n=342.43986579130785+e*(-383.8770957603691+e*(147.0656354026815+e*(-21.947795316429207+e*1)))}else{e=1/e;r=.002967721961301243+e*(-.5634242780008963+e*(6.968710824104713+e*(-25.56901049652825+e*28.536655482610616)));n=1+e*(-21.947795316429207+e*(147.0656354026815+e*(-383.8770957603691+e*342.43986579130785)))}return r/n}e.exports=evalrational},91354:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(91165);e.exports=n},59530:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/n}e.exports=evalrational},91165:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(86523);var s=r(74879);var a=r(15478);var i=r(66260);var o=r(31851);var c=r(6310);var l=r(20045);var f=r(55088);var u=r(59530);var d=10.900511;function beta(e,t){var r;var p;var h;var m;var v;var y;var g;if(n(e)||n(t)){return NaN}if(e<0||t<0){return NaN}if(t===1){return 1/e}if(e===1){return 1/t}g=e+t;if(g<f){v=g/e;v/=t;return v}if(g===e&&t<f){return 1/t}if(g===t&&e<f){return 1/e}if(e<t){y=t;t=e;e=y}p=e+d-.5;h=t+d-.5;m=g+d-.5;v=u(e)*(u(t)/u(g));r=e-.5-t;if(i(t*r)<m*100&&e>100){v*=o(r*s(-t/m))}else{v*=c(p/m,r)}if(m>1e10){v*=c(p/m*(h/m),t)}else{v*=c(p*h/(m*m),t)}v*=a(l/h);return v}e.exports=beta},89986:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(44757);e.exports=n},44757:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(59818).assign;function betainc(e,t,r,s,a){var i=[0,0];s=s===false?false:true;a=a===true?true:false;n(e,t,r,s,a,i,1,0);return i[0]}e.exports=betainc},17548:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67811);e.exports=n},67811:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(44241);var s=r(50469);var a=r(2804);var i=r(86523);var o=r(97687);var c=r(42334);var l=r(24370);function binomcoef(e,t){var r;var f;var u;var d;var p;var h;var m;if(i(e)||i(t)){return NaN}if(!a(e)||!a(t)){return NaN}if(t<0){return 0}f=1;if(e<0){e=-e+t-1;if(o(t)){f*=-1}}if(t>e){return 0}if(t===0||t===e){return f}if(t===1||t===e-1){return f*e}if(e-t<t){t=e-t}m=c(n/e);r=1;for(p=1;p<=t;p++){if(r>m){break}r*=e;r/=p;e-=1}if(p>t){return f*r}u=binomcoef(e,t-p+1);if(u===s){return f*u}d=binomcoef(t,t-p+1);h=l(u,d);u/=h;d/=h;r/=d;return f*r*u}e.exports=binomcoef},3385:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(27640);e.exports=n},27640:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.ceil;e.exports=t},35672:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(39775);e.exports=n},39775:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(45976);var s=r(43935);var a=r(87949);var i=r(2882);var o=r(17844);var c=[0,0];function copysign(e,t){var r;var l;a.assign(e,c,1,0);r=c[0];r&=s;l=i(t);l&=n;r|=l;return o(r,c[1])}e.exports=copysign},99191:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(84274);e.exports=n},84274:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(2882);var s=r(71567);var a=r(70186);var i=r(93982);var o=r(43935);var c=r(30222);var l=[0,0];var f=1072243195|0;var u=1044381696|0;function cos(e){var t;var r;t=n(e);t&=o;if(t<=f){if(t<u){return 1}return s(e,0)}if(t>=c){return NaN}r=i(e,l);switch(r&3){case 0:return s(l[0],l[1]);case 1:return-a(l[0],l[1]);case 2:return-s(l[0],l[1]);default:return a(l[0],l[1])}}e.exports=cos},30988:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(84387);e.exports=n},84387:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(31851);var a=r(23786);var i=r(50469);var o=r(81475);var c=r(48300);var l=r(98018);var f=r(60675);var u=r(25266);var d=r(98925);var p=r(61332);var h=r(516);var m=r(99101);var v=1e-300;var y=13877787807814457e-33;var g=.8450629115104675;var w=.12837916709551256;var b=1;var S=-.0023621185607526594;var $=1;var x=-.009864944034847148;var k=1;var E=-.0098649429247001;var N=1;function erfc(e){var t;var r;var P;var A;var T;var C;var O;var I;if(n(e)){return NaN}if(e===i){return 0}if(e===o){return 2}if(e===0){return 1}if(e<0){t=true;r=-e}else{t=false;r=e}if(r<.84375){if(r<y){return 1-e}P=e*e;A=w+P*c(P);T=b+P*l(P);C=A/T;if(e<.25){return 1-(e+e*C)}A=e*C;A+=e-.5;return.5-A}if(r<1.25){T=r-1;O=S+T*f(T);I=$+T*u(T);if(t){return 1+g+O/I}return 1-g-O/I}if(r<28){T=1/(r*r);if(r<2.857142857142857){A=x+T*d(T);T=k+T*p(T)}else{if(e<-6){return 2-v}A=E+T*h(T);T=N+T*m(T)}P=a(r,0);A=s(-(P*P)-.5625)*s((P-r)*(P+r)+A/T);if(t){return 2-A/r}return A/r}if(t){return 2-v}return v*v}e.exports=erfc},60675:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.41485611868374833}return.41485611868374833+e*(-.3722078760357013+e*(.31834661990116175+e*(-.11089469428239668+e*(.035478304325618236+e*-.002166375594868791))))}e.exports=evalpoly},48300:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.3250421072470015}return-.3250421072470015+e*(-.02848174957559851+e*(-.005770270296489442+e*-23763016656650163e-21))}e.exports=evalpoly},25266:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.10642088040084423}return.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+e*.011984499846799107))))}e.exports=evalpoly},98018:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.39791722395915535}return.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+e*-3960228278775368e-21)))}e.exports=evalpoly},98925:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.6938585727071818}return-.6938585727071818+e*(-10.558626225323291+e*(-62.375332450326006+e*(-162.39666946257347+e*(-184.60509290671104+e*(-81.2874355063066+e*-9.814329344169145)))))}e.exports=evalpoly},516:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.799283237680523}return-.799283237680523+e*(-17.757954917754752+e*(-160.63638485582192+e*(-637.5664433683896+e*(-1025.0951316110772+e*-483.5191916086514))))}e.exports=evalpoly},61332:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 19.651271667439257}return 19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+e*-.0604244152148581))))))}e.exports=evalpoly},99101:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 30.33806074348246}return 30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+e*-22.44095244658582)))))}e.exports=evalpoly},80119:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(44306);e.exports=n},44306:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_81_0/boost/math/special_functions/detail/erf_inv.hpp}. This implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(86523);var s=r(15478);var a=r(51550);var i=r(50469);var o=r(81475);var c=r(54801);var l=r(29945);var f=r(55733);var u=r(95917);var d=r(98097);var p=.08913147449493408;var h=2.249481201171875;var m=.807220458984375;var v=.9399557113647461;var y=.9836282730102539;function erfcinv(e){var t;var r;var g;var w;var b;if(n(e)){return NaN}if(e===0){return i}if(e===2){return o}if(e===1){return 0}if(e>2||e<0){return NaN}if(e>1){t=-1;g=2-e}else{t=1;g=e}e=1-g;if(e<=.5){w=e*(e+10);b=c(e);return t*(w*p+w*b)}if(g>=.25){w=s(-2*a(g));g-=.25;b=l(g);return t*(w/(h+b))}g=s(-a(g));if(g<3){r=g-1.125;b=f(r);return t*(m*g+b*g)}if(g<6){r=g-3;b=u(r);return t*(v*g+b*g)}r=g-6;b=d(r);return t*(y*g+b*g)}e.exports=erfcinv},54801:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.0005087819496582806}if(e<0){t=-e}else{t=e}if(t<=1){r=-.0005087819496582806+e*(-.008368748197417368+e*(.03348066254097446+e*(-.012692614766297404+e*(-.03656379714117627+e*(.02198786811111689+e*(.008226878746769157+e*(-.005387729650712429+e*(0+e*0))))))));n=1+e*(-.9700050433032906+e*(-1.5657455823417585+e*(1.5622155839842302+e*(.662328840472003+e*(-.7122890234154284+e*(-.05273963823400997+e*(.07952836873415717+e*(-.0023339375937419+e*.0008862163904564247))))))))}else{e=1/e;r=0+e*(0+e*(-.005387729650712429+e*(.008226878746769157+e*(.02198786811111689+e*(-.03656379714117627+e*(-.012692614766297404+e*(.03348066254097446+e*(-.008368748197417368+e*-.0005087819496582806))))))));n=.0008862163904564247+e*(-.0023339375937419+e*(.07952836873415717+e*(-.05273963823400997+e*(-.7122890234154284+e*(.662328840472003+e*(1.5622155839842302+e*(-1.5657455823417585+e*(-.9700050433032906+e*1))))))))}return r/n}e.exports=evalrational},29945:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.20243350835593876}if(e<0){t=-e}else{t=e}if(t<=1){r=-.20243350835593876+e*(.10526468069939171+e*(8.3705032834312+e*(17.644729840837403+e*(-18.851064805871424+e*(-44.6382324441787+e*(17.445385985570866+e*(21.12946554483405+e*-3.6719225470772936)))))));n=1+e*(6.242641248542475+e*(3.971343795334387+e*(-28.66081804998+e*(-20.14326346804852+e*(48.560921310873994+e*(10.826866735546016+e*(-22.643693341313973+e*1.7211476576120028)))))))}else{e=1/e;r=-3.6719225470772936+e*(21.12946554483405+e*(17.445385985570866+e*(-44.6382324441787+e*(-18.851064805871424+e*(17.644729840837403+e*(8.3705032834312+e*(.10526468069939171+e*-.20243350835593876)))))));n=1.7211476576120028+e*(-22.643693341313973+e*(10.826866735546016+e*(48.560921310873994+e*(-20.14326346804852+e*(-28.66081804998+e*(3.971343795334387+e*(6.242641248542475+e*1)))))))}return r/n}e.exports=evalrational},55733:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.1311027816799519}if(e<0){t=-e}else{t=e}if(t<=1){r=-.1311027816799519+e*(-.16379404719331705+e*(.11703015634199525+e*(.38707973897260434+e*(.3377855389120359+e*(.14286953440815717+e*(.029015791000532906+e*(.0021455899538880526+e*(-6.794655751811263e-7+e*(2.8522533178221704e-8+e*-6.81149956853777e-10)))))))));n=1+e*(3.4662540724256723+e*(5.381683457070069+e*(4.778465929458438+e*(2.5930192162362027+e*(.848854343457902+e*(.15226433829533179+e*(.011059242293464892+e*(0+e*(0+e*0)))))))))}else{e=1/e;r=-6.81149956853777e-10+e*(2.8522533178221704e-8+e*(-6.794655751811263e-7+e*(.0021455899538880526+e*(.029015791000532906+e*(.14286953440815717+e*(.3377855389120359+e*(.38707973897260434+e*(.11703015634199525+e*(-.16379404719331705+e*-.1311027816799519)))))))));n=0+e*(0+e*(0+e*(.011059242293464892+e*(.15226433829533179+e*(.848854343457902+e*(2.5930192162362027+e*(4.778465929458438+e*(5.381683457070069+e*(3.4662540724256723+e*1)))))))))}return r/n}e.exports=evalrational},95917:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.0350353787183178}if(e<0){t=-e}else{t=e}if(t<=1){r=-.0350353787183178+e*(-.0022242652921344794+e*(.018557330651423107+e*(.009508047013259196+e*(.0018712349281955923+e*(.00015754461742496055+e*(460469890584318e-20+e*(-2.304047769118826e-10+e*26633922742578204e-28)))))));n=1+e*(1.3653349817554064+e*(.7620591645536234+e*(.22009110576413124+e*(.03415891436709477+e*(.00263861676657016+e*(7646752923027944e-20+e*(0+e*0)))))))}else{e=1/e;r=26633922742578204e-28+e*(-2.304047769118826e-10+e*(460469890584318e-20+e*(.00015754461742496055+e*(.0018712349281955923+e*(.009508047013259196+e*(.018557330651423107+e*(-.0022242652921344794+e*-.0350353787183178)))))));n=0+e*(0+e*(7646752923027944e-20+e*(.00263861676657016+e*(.03415891436709477+e*(.22009110576413124+e*(.7620591645536234+e*(1.3653349817554064+e*1)))))))}return r/n}e.exports=evalrational},98097:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.016743100507663373}if(e<0){t=-e}else{t=e}if(t<=1){r=-.016743100507663373+e*(-.0011295143874558028+e*(.001056288621524929+e*(.00020938631748758808+e*(14962478375834237e-21+e*(4.4969678992770644e-7+e*(4.625961635228786e-9+e*(-2811287356288318e-29+e*9905570997331033e-32)))))));n=1+e*(.5914293448864175+e*(.1381518657490833+e*(.016074608709367652+e*(.0009640118070051656+e*(27533547476472603e-21+e*(2.82243172016108e-7+e*(0+e*0)))))))}else{e=1/e;r=9905570997331033e-32+e*(-2811287356288318e-29+e*(4.625961635228786e-9+e*(4.4969678992770644e-7+e*(14962478375834237e-21+e*(.00020938631748758808+e*(.001056288621524929+e*(-.0011295143874558028+e*-.016743100507663373)))))));n=0+e*(0+e*(2.82243172016108e-7+e*(27533547476472603e-21+e*(.0009640118070051656+e*(.016074608709367652+e*(.1381518657490833+e*(.5914293448864175+e*1)))))))}return r/n}e.exports=evalrational},36567:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(83291);var s=r(71589);function expmulti(e,t,r){var a;var i;var o;var c;a=e-t;i=a*a;o=a-i*s(i);c=1-(t-a*o/(2-o)-e);return n(c,r)}e.exports=expmulti},31851:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(81878);e.exports=n},81878:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(81262);var a=r(81475);var i=r(50469);var o=r(36567);var c=.6931471803691238;var l=1.9082149292705877e-10;var f=1.4426950408889634;var u=709.782712893384;var d=-745.1332191019411;var p=1/(1<<28);var h=-p;function exp(e){var t;var r;var m;if(n(e)||e===i){return e}if(e===a){return 0}if(e>u){return i}if(e<d){return 0}if(e>h&&e<p){return 1+e}if(e<0){m=s(f*e-.5)}else{m=s(f*e+.5)}t=e-m*c;r=m*l;return o(t,r,m)}e.exports=exp},71589:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.16666666666666602}return.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*4.1381367970572385e-8)))}e.exports=evalpoly},40141:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(56172);e.exports=n},56172:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(2882);var a=r(45990);var i=r(17844);var o=r(50469);var c=r(81475);var l=r(11877);var f=r(29475);var u=r(46736);var d=709.782712893384;var p=.6931471803691238;var h=1.9082149292705877e-10;var m=1.4426950408889634;var v=38.816242111356935;var y=1.0397207708399179;function expm1(e){var t;var r;var g;var w;var b;var S;var $;var x;var k;var E;var N;var P;var A;if(e===o||n(e)){return e}if(e===c){return-1}if(e===0){return e}if(e<0){g=true;x=-e}else{g=false;x=e}if(x>=v){if(g){return-1}if(x>=d){return o}}S=s(x)|0;if(x>f){if(x<y){if(g){w=e+p;b=-h;A=-1}else{w=e-p;b=h;A=1}}else{if(g){A=m*e-.5}else{A=m*e+.5}A|=0;N=A;w=e-N*p;b=N*h}e=w-b;E=w-e-b}else if(S<1016070144){return e}else{A=0}t=.5*e;k=e*t;$=1+k*u(k);N=3-$*t;P=k*(($-N)/(6-e*N));if(A===0){return e-(e*P-k)}r=i(l+A<<20,0);P=e*(P-E)-E;P-=k;if(A===-1){return.5*(e-P)-.5}if(A===1){if(e<-.25){return-2*(P-(e+.5))}return 1+2*(e-P)}if(A<=-2||A>56){x=1-(P-e);if(A===1024){w=s(x)+(A<<20)|0;x=a(x,w)}else{x*=r}return x-1}N=1;if(A<20){w=1072693248-(2097152>>A)|0;N=a(N,w);x=N-(P-e)}else{w=l-A<<20|0;N=a(N,w);x=e-(P+N);x+=1}x*=r;return x}e.exports=expm1},46736:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.03333333333333313}return-.03333333333333313+e*(.0015873015872548146+e*(-793650757867488e-19+e*(4008217827329362e-21+e*-2.0109921818362437e-7)))}e.exports=evalpoly},79119:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(42938);e.exports=n},42938:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86523);var s=r(2804);var a=r(40905);var i=r(50469);var o=r(30313);var c=r(75613);function factorial(e){if(n(e)){return NaN}if(s(e)){if(e<0){return NaN}if(e<=o){return c[e]}return i}return a(e+1)}e.exports=factorial},42334:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(55681);e.exports=n},55681:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.floor;e.exports=t},11011:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(82950);var s=r(40905);var a=r(74879);var i=r(66260);var o=r(31851);var c=r(6310);var l=r(55088);var f=r(20045);var u=r(13822);var d=r(30313);var p=4269068009004705e289;function gammaDeltaRatioLanczos(e,t){var r;var h;var m;if(e<l){if(t>=d){h=gammaDeltaRatioLanczos(t,d-t);h*=e;h*=p;return 1/h}return 1/(e*s(e+t))}m=e+u-.5;if(e+t===e){if(i(t/m)<l){r=o(-t)}else{r=1}}else{if(i(t)<10){r=o((.5-e)*a(t/m))}else{r=c(m/(m+t),e-.5)}r*=n(e)/n(e+t)}r*=c(f/(m+t),t);return r}e.exports=gammaDeltaRatioLanczos},84320:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(72503);e.exports=n},72503:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(66260);var s=r(42334);var a=r(40905);var i=r(79119);var o=r(30313);var c=r(11011);function gammaDeltaRatio(e,t){var r;var l;var f;if(e<=0||e+t<=0){return a(e)/a(e+t)}l=s(t);if(l===t){f=s(e);if(f===e){if(e<=o&&e+t<=o){return i(f-1)/i(l+f-1)}}if(n(t)<20){if(t===0){return 1}if(t<0){e-=1;r=e;t+=1;while(t!==0){e-=1;r*=e;t+=1}return r}r=1/e;t-=1;while(t!==0){e+=1;r/=e;t-=1}return r}}return c(e,t)}e.exports=gammaDeltaRatio},82638:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(62193);e.exports=n},62193:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(61878);e.exports=n},61878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/n}e.exports=evalrational},82950:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(92185);e.exports=n},92185:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(90350);e.exports=n},90350:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=38474670393.31777+e*(36857665043.51951+e*(15889202453.72942+e*(4059208354.298835+e*(680547661.1834733+e*(78239755.00312005+e*(6246580.776401795+e*(341986.3488721347+e*(12287.194511824551+e*(261.61404416416684+e*2.5066282746310007)))))))));n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=2.5066282746310007+e*(261.61404416416684+e*(12287.194511824551+e*(341986.3488721347+e*(6246580.776401795+e*(78239755.00312005+e*(680547661.1834733+e*(4059208354.298835+e*(15889202453.72942+e*(36857665043.51951+e*38474670393.31777)))))))));n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/n}e.exports=evalrational},40905:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(19848);e.exports=n},19848:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=r(86523);var s=r(2804);var a=r(23270);var i=r(66260);var o=r(42334);var c=r(61794);var l=r(50469);var f=r(81475);var u=r(39701);var d=r(90101);var p=r(76630);var h=r(63381);function gamma(e){var t;var r;var m;var v;if(s(e)&&e<0||e===f||n(e)){return NaN}if(e===0){if(a(e)){return f}return l}if(e>171.61447887182297){return l}if(e<-170.5674972726612){return 0}r=i(e);if(r>33){if(e>=0){return d(e)}m=o(r);if((m&1)===0){t=-1}else{t=1}v=r-m;if(v>.5){m+=1;v=r-m}v=r*c(u*v);return t*u/(i(v)*d(r))}v=1;while(e>=3){e-=1;v*=e}while(e<0){if(e>-1e-9){return p(e,v)}v/=e;e+=1}while(e<2){if(e<1e-9){return p(e,v)}v/=e;e+=1}if(e===2){return v}e-=2;return v*h(e)}e.exports=gamma},6886:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.08333333333334822}return.08333333333334822+e*(.0034722222160545866+e*(-.0026813261780578124+e*(-.00022954996161337813+e*.0007873113957930937)))}e.exports=evalpoly},63381:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return 1}if(e<0){t=-e}else{t=e}if(t<=1){r=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+e*0))))));n=1+e*(.0714304917030273+e*(-.23459179571824335+e*(.035823639860549865+e*(.011813978522206043+e*(-.004456419138517973+e*(.0005396055804933034+e*-23158187332412014e-21))))))}else{e=1/e;r=0+e*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+e*1))))));n=-23158187332412014e-21+e*(.0005396055804933034+e*(-.004456419138517973+e*(.011813978522206043+e*(.035823639860549865+e*(-.23459179571824335+e*(.0714304917030273+e*1))))))}return r/n}e.exports=evalrational},76630:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=r(82404);function gamma(e,t){return t/((1+n*e)*e)}e.exports=gamma},90101:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=r(62385);var s=r(6310);var a=r(31851);var i=r(6886);var o=143.01608;function gamma(e){var t;var r;var c;t=1/e;t=1+t*i(t);r=a(e);if(e>o){c=s(e,.5*e-.25);r=c*(c/r)}else{r=s(e,e-.5)/r}return n*r*t}e.exports=gamma},27186:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67013);e.exports=n},23256:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(51550);var s=r(55088);var a=r(38280);var i=r(1440);var o=r(87492);var c=.15896368026733398;var l=.5281534194946289;var f=.45201730728149414;function lgammaSmallImp(e,t,r){var u;var d;var p;var h;if(e<s){return-n(e)}if(t===0||r===0){return 0}d=0;if(e>2){if(e>=3){do{e-=1;r-=1;d+=n(e)}while(e>=3);r=e-2}p=r*(e+1);h=a(r);d+=p*c+p*h;return d}if(e<1){d+=-n(e);r=t;t=e;e+=1}if(e<=1.5){p=i(t);u=t*r;d+=u*l+u*p;return d}p=r*t;h=o(-r);d+=p*f+p*h;return d}e.exports=lgammaSmallImp},67013:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(40905);var s=r(40141);var a=r(74879);var i=r(86523);var o=r(23256);function gamma1pm1(e){if(i(e)){return NaN}if(e<0){if(e<-.5){return n(1+e)-1}return s(-a(e)+o(e+2,e+1,e))}if(e<2){return s(o(e+1,e,e-1))}return n(1+e)-1}e.exports=gamma1pm1},38280:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.01803556856784494}if(e<0){t=-e}else{t=e}if(t<=1){r=-.01803556856784494+e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(-.0002594535632054381+e*(-.0005410098692152044+e*(-3245886498259485e-20+e*0))))));n=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+e*-2.2335276320861708e-7))))))}else{e=1/e;r=0+e*(-3245886498259485e-20+e*(-.0005410098692152044+e*(-.0002594535632054381+e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+e*-.01803556856784494))))));n=-2.2335276320861708e-7+e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+e*1))))))}return r/n}e.exports=evalrational},1440:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return.04906224540690395}if(e<0){t=-e}else{t=e}if(t<=1){r=.04906224540690395+e*(-.09691175301595212+e*(-.4149833583594954+e*(-.4065671242119384+e*(-.1584135863906922+e*(-.024014982064857155+e*-.0010034668769627955)))));n=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+e*.001957681026011072)))))}else{e=1/e;r=-.0010034668769627955+e*(-.024014982064857155+e*(-.1584135863906922+e*(-.4065671242119384+e*(-.4149833583594954+e*(-.09691175301595212+e*.04906224540690395)))));n=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+e*1)))))}return r/n}e.exports=evalrational},87492:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.029232972183027003}if(e<0){t=-e}else{t=e}if(t<=1){r=-.029232972183027003+e*(.14421626775719232+e*(-.14244039073863127+e*(.05428096940550536+e*(-.008505359768683364+e*(.0004311713426792973+e*0)))));n=1+e*(-1.5016935605448505+e*(.846973248876495+e*(-.22009515181499575+e*(.02558279715597587+e*(-.0010066679553914337+e*-8.271935218912905e-7)))))}else{e=1/e;r=0+e*(.0004311713426792973+e*(-.008505359768683364+e*(.05428096940550536+e*(-.14244039073863127+e*(.14421626775719232+e*-.029232972183027003)))));n=-8.271935218912905e-7+e*(-.0010066679553914337+e*(.02558279715597587+e*(-.22009515181499575+e*(.846973248876495+e*(-1.5016935605448505+e*1)))))}return r/n}e.exports=evalrational},17078:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(31851);function finiteGammaQ(e,t){var r;var s;var a;var i;a=n(-t);s=a;if(s!==0){r=s;for(i=1;i<e;++i){r/=i;r*=t;s+=r}}return s}e.exports=finiteGammaQ},25120:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(30988);var s=r(15478);var a=r(31851);var i=r(39701);function finiteHalfGammaQ(e,t){var r;var o;var c;var l;var f;l=n(s(t));if(l!==0&&e>1){o=a(-t)/s(i*t);o*=t;r=.5;o/=r;c=o;for(f=2;f<e;++f){o/=f-r;o*=t;c+=o}l+=c}return l}e.exports=finiteHalfGammaQ},85852:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(31851);var s=r(6310);var a=r(51550);var i=r(74193);var o=r(67999);function fullIGammaPrefix(e,t){var r;var c;c=e*a(t);if(t>=1){if(c<i&&-t>o){r=s(t,e)*n(-t)}else if(e>=1){r=s(t/n(t/e),e)}else{r=n(c-t)}}else{if(c>o){r=s(t,e)*n(-t)}else if(t/e<i){r=s(t/n(t/e),e)}else{r=n(c-t)}}return r}e.exports=fullIGammaPrefix},6144:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(42334);var s=r(40905);var a=r(66260);var i=r(6310);var o=r(51550);var c=r(58159);var l=r(83424);var f=r(74193);var u=r(23781);var d=r(17078);var p=r(25120);var h=r(85852);var m=r(10712);var v=r(47178);var y=r(94175);var g=r(80097);var w=r(20386);function igammaFinal(e,t,r,b){var S;var $;var x;var k;var E;var N;var P;var A;var T;var C;var O;var I;var M;var j;P=0;A=b;N=t<30&&t<=e+1&&e<f;if(N){M=n(t);T=M===t;x=T?false:a(M-t)===.5}else{T=false;x=false}if(T&&e>.6){A=!A;$=0}else if(x&&e>.2){A=!A;$=1}else if(e<c&&t>1){$=6}else if(e>1e3&&(t<e||a(t-50)/e<1)){A=!A;$=7}else if(e<.5){if(-.4/o(e)<t){$=2}else{$=3}}else if(e<1.1){if(e*.75<t){$=2}else{$=3}}else{E=false;if(r&&t>20){C=a((e-t)/t);if(t>200){if(20/t>C*C){E=true}}else if(C<.4){E=true}}if(E){$=5}else if(e-1/(3*e)<t){$=2}else{$=4;A=!A}}switch($){case 0:P=d(t,e);if(r===false){P*=s(t)}break;case 1:P=p(t,e);if(r===false){P*=s(t)}break;case 2:P=r?y(t,e):h(t,e);if(P!==0){k=0;S=false;if(A){k=r?1:s(t);if(r||P>=1||l*P>k){k/=P;if(r||t<1||l/t>k){k*=-t;S=true}else{k=0}}else{k=0}}P*=v(t,e,k)/t;if(S){A=false;P=-P}}break;case 3:A=!A;O=g(t,e,A);P=O[0];j=O[1];A=false;if(r){P/=j}break;case 4:P=r?y(t,e):h(t,e);if(P!==0){P*=w(t,e)}break;case 5:P=m(t,e);if(e>=t){A=!A}break;case 6:P=r?i(e,t)/s(t+1):i(e,t)/t;P*=1-t*e/(t+1);break;case 7:P=r?y(t,e):h(t,e);P/=e;if(P!==0){P*=u(t,e)}break}if(r&&P>1){P=1}if(A){I=r?1:s(t);P=I-P}return P}e.exports=igammaFinal},10712:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(62096);var s=r(15430);var a=r(30988);var i=r(15478);var o=r(31851);var c=r(7120);var l=r(4410);var f=r(35273);var u=r(50736);var d=r(8135);var p=r(36870);var h=r(67589);var m=r(3164);var v=r(8099);var y=r(81794);var g=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(e,t){var r;var w;var b;var S;var $;w=(t-e)/e;b=-s(w);S=e*b;$=i(2*b);if(t<e){$=-$}g[0]=l($);g[1]=f($);g[2]=u($);g[3]=d($);g[4]=p($);g[5]=h($);g[6]=m($);g[7]=v($);g[8]=y($);g[9]=-.0005967612901927463;r=n(g,1/e);r*=o(-S)/i(c*e);if(t<e){r=-r}r+=a(i(S))/2;return r}e.exports=igammaTemmeLarge},55479:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(63218);e.exports=n},47178:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(96491);var s=r(53027);function lowerGammaSeries(e,t,r){var a;var i;r=r||0;i=s(e,t);a=n(i,{initialValue:r});return a}e.exports=lowerGammaSeries},53027:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function lowerIncompleteGammaSeries(e,t){var r=1;var n=e;var s=t;return next;function next(){var e=r;n+=1;r*=s/n;return e}}e.exports=lowerIncompleteGammaSeries},63218:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(67711);var s=r(31851);var a=r(51550);var i=r(62385);var o=r(74193);var c=r(50469);var l=r(30313);var f=r(6144);var u=r(47178);var d=r(20386);function gammainc(e,t,r,p){var h;var m;var v;var y;if(e<0||t<=0){return NaN}h=r===void 0?true:r;v=p;if(t>=l&&!h){if(v&&t*4<e){y=t*a(e)-e;y+=a(d(t,e))}else if(!v&&t>4*e){y=t*a(e)-e;m=0;y+=a(u(t,e,m)/t)}else{y=f(e,t,true,v);if(y===0){if(v){y=1+1/(12*t)+1/(288*t*t);y=a(y)-t+(t-.5)*a(t);y+=a(i)}else{y=t*a(e)-e;m=0;y+=a(u(t,e,m)/t)}}else{y=a(y)+n(t)}}if(y>o){return c}return s(y)}return f(e,t,h,v)}e.exports=gammainc},4410:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.3333333333333333}return-.3333333333333333+e*(.08333333333333333+e*(-.014814814814814815+e*(.0011574074074074073+e*(.0003527336860670194+e*(-.0001787551440329218+e*(3919263178522438e-20+e*(-21854485106799924e-22+e*(-185406221071516e-20+e*(8.296711340953087e-7+e*(-1.7665952736826078e-7+e*(6.707853543401498e-9+e*(1.0261809784240309e-8+e*(-4.382036018453353e-9+e*9.14769958223679e-10)))))))))))))}e.exports=evalpoly},35273:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.001851851851851852}return-.001851851851851852+e*(-.003472222222222222+e*(.0026455026455026454+e*(-.0009902263374485596+e*(.00020576131687242798+e*(-4.018775720164609e-7+e*(-18098550334489977e-21+e*(764916091608111e-20+e*(-16120900894563446e-22+e*(4.647127802807434e-9+e*(1.378633446915721e-7+e*(-5.752545603517705e-8+e*1.1951628599778148e-8)))))))))))}e.exports=evalpoly},50736:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.004133597883597883}return.004133597883597883+e*(-.0026813271604938273+e*(.0007716049382716049+e*(20093878600823047e-22+e*(-.00010736653226365161+e*(52923448829120125e-21+e*(-12760635188618728e-21+e*(3.423578734096138e-8+e*(13721957309062932e-22+e*(-6.298992138380055e-7+e*1.4280614206064242e-7)))))))))}e.exports=evalpoly},8135:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0006494341563786008}return.0006494341563786008+e*(.00022947209362139917+e*(-.0004691894943952557+e*(.00026772063206283885+e*(-7561801671883977e-20+e*(-2.396505113867297e-7+e*(11082654115347302e-21+e*(-56749528269915965e-22+e*14230900732435883e-22)))))))}e.exports=evalpoly},36870:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.0008618882909167117}return-.0008618882909167117+e*(.0007840392217200666+e*(-.0002990724803031902+e*(-14638452578843418e-22+e*(6641498215465122e-20+e*(-3968365047179435e-20+e*11375726970678419e-21)))))}e.exports=evalpoly},67589:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.00033679855336635813}return-.00033679855336635813+e*(-6972813758365858e-20+e*(.0002772753244959392+e*(-.00019932570516188847+e*(6797780477937208e-20+e*(1.419062920643967e-7+e*(-13594048189768693e-21+e*(8018470256334202e-21+e*-2291481176508095e-21)))))))}e.exports=evalpoly},3164:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0005313079364639922}return.0005313079364639922+e*(-.0005921664373536939+e*(.0002708782096718045+e*(7.902353232660328e-7+e*(-8153969367561969e-20+e*(561168275310625e-19+e*-18329116582843375e-21)))))}e.exports=evalpoly},8099:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.00034436760689237765}return.00034436760689237765+e*(5171790908260592e-20+e*(-.00033493161081142234+e*(.0002812695154763237+e*-.00010976582244684731)))}e.exports=evalpoly},81794:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.0006526239185953094}return-.0006526239185953094+e*(.0008394987206720873+e*-.000438297098541721)}e.exports=evalpoly},94175:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(82638);var s=r(67711);var a=r(40905);var i=r(15430);var o=r(15478);var c=r(66260);var l=r(31851);var f=r(6310);var u=r(32974);var d=r(38008);var p=r(51550);var h=r(83424);var m=r(74193);var v=r(67999);var y=r(13822);var g=r(20045);function regularisedGammaPrefix(e,t){var r;var w;var b;var S;var $;var x;var k;b=e+y-.5;k=(t-e-y+.5)/b;if(e<1){if(t<=v||e<1/h){return l(e*p(t)-t-s(e))}return f(t,e)*l(-t)/a(e)}if(c(k*k*e)<=100&&e>150){r=e*i(k)+t*(.5-y)/b;r=l(r)}else{S=e*p(t/b);$=e-t;if(d(S,$)<=v||u(S,$)>=m){w=$/e;if(d(S,$)/2>v&&u(S,$)/2<m){x=f(t/b,e/2)*l($/2);r=x*x}else if(d(S,$)/4>v&&u(S,$)/4<m&&t>e){x=f(t/b,e/4)*l($/4);r=x*x;r*=r}else if(w>v&&w<m){r=f(t*l(w)/b,e)}else{r=l(S+$)}}else{r=f(t/b,e)*l($)}}r*=o(b/g)/n(e);return r}e.exports=regularisedGammaPrefix},27708:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function smallGamma2Series(e,t){var r;var n;var s;var a;r=-t;t=-t;n=e+1;s=1;return next;function next(){a=r/n;r*=t;s+=1;r/=s;n+=1;return a}}e.exports=smallGamma2Series},23781:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(96491);var s=r(94809);function tgammaILargeX(e,t){var r;var a;a=s(e,t);r=n(a);return r}e.exports=tgammaILargeX},94809:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function tgammaILargeXSeries(e,t){var r=1;var n=e;var s=t;return next;function next(){var e=r;r*=n/s;n-=1;return e}}e.exports=tgammaILargeXSeries},80097:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(74756);var s=r(96491);var a=r(27186);var i=r(27708);function tgammaSmallUpperPart(e,t,r){var o;var c;var l;var f;var u;c=a(e);l=(c+1)/e;f=n(t,e);c-=f;c/=e;u=i(e,t);f+=1;o=r?l:0;c=-f*s(u,{initialValue:(o-c)/f});if(r){c=-c}return[c,l]}e.exports=tgammaSmallUpperPart},20386:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(30508);var s=r(12923);function upperGammaFraction(e,t){var r=s(e,t);return 1/(t-e+1+n(r))}e.exports=upperGammaFraction},12923:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function upperIncompleteGammaFract(e,t){var r=t-e+1;var n=e;var s=0;return next;function next(){s+=1;r+=2;return[s*(n-s),r]}}e.exports=upperIncompleteGammaFract},33474:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=[1.9963790515900766,-.0017971032528832887,13129285796384672e-21,-2.340875228178749e-7,7.2291210671127e-9,-3.280997607821e-10,19875070901e-21,-1509214183e-21,1375340084e-22,-145728923e-22,17532367e-22,-2351465e-22,346551e-22,-55471e-22,9548e-22,-1748e-22,3.32e-20,-58e-22];function chepolsum(e,r){var n;var s;var a;var i;var o;s=0;a=0;n=r+r;o=e;do{i=a;a=s;s=n*a-i+t[o];o-=1}while(o>=0);return(s-i)/2}e.exports=chepolsum},28819:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5932);var s=r(62096);var a=r(67711);var i=r(80119);var o=r(40905);var c=r(15478);var l=r(66260);var f=r(31851);var u=r(38008);var d=r(6310);var p=r(51550);var h=r(62385);var m=r(79951);var v=r(7120);var y=r(17841);var g=r(40787);var w=r(48201);var b=r(2469);var S=r(72732);var $=r(28195);var x=n("gammaincinv:compute");var k=.5;var E=.3333333333333333;var N=.25;var P=.2;var A=.16666666666666666;var T=.08333333333333333;var C=.041666666666666664;var O=[0,0,0,0,0];function compute(e,t,r){var n;var I;var M;var j;var R;var L;var D;var F;var K;var z;var U;var V;var q;var B;var G;var H;var J;var Y;var W;var Q;var Z;var X;var ee;var te;var re;var ne;var se;var ae;var ie;var oe;var ce;var le;var fe;var ue;var de;var pe;var he;var me;var ve;var ye;var ge;var we;var be;var Se;if(t<k){j=true;R=t;we=-1}else{j=false;R=r;we=1}ve=0;if(l(e-1)<1e-4){ye=0;if(j){if(t<.001){le=t*t;ae=le*t;ce=ae*t;Q=ce*t;W=Q*t;Z=t+le*k+ae*E+ce*N+Q*P+W*A}else{Z=-p(1-t)}}else{Z=-p(r)}if(e===1){ve=2;ue=Z}else{M=a(e);ve=1}}if(r<1e-30&&e<k){ye=0;Z=-p(r*o(e))+(e-1)*p(-p(r*o(e)));ve=1;M=a(e)}if(e>1&&e<500&&t<1e-80){ye=0;L=1/e;n=1/(e+1);Z=(a(e+1)+p(t))*L;Z=f(Z);B=Z;for(me=0;me<10;me++){Z=B*f(Z*L)*d(1-Z*n,L)}ve=1;M=a(e)}D=1/e*(p(t)+a(e+1));if(D<p(P*(1+e))&&ve===0){ge=f(D);ye=0;X=e*e;fe=X*e;ie=fe*e;G=e+1;U=G*G;z=G*U;K=U*U;H=e+2;F=H*H;J=e+3;O[0]=1;O[1]=1/G;O[2]=k*(3*e+5)/(U*H);O[3]=E*(31+8*X+33*e)/(z*H*J);O[4]=C*(2888+1179*fe+125*ie+3971*X+5661*e)/(K*F*J*(e+4));Z=ge*s(O,ge);M=a(e);ve=1}if(e<10&&ve===0){V=c(e)/(w(e)*h);q=u(.02,V);if(r<q){ye=0;pe=1-e;ne=pe*pe;se=ne*pe;Y=c(-2/e*p(r/V));Z=e*g(Y);he=p(Z);if(Z>5){ee=he*he;te=ee*he;re=te*he;ge=1/Z;O[0]=he-1;O[1]=(3*pe-2*pe*he+ee-2*he+2)*k;O[2]=(24*pe*he-11*ne-24*pe-6*ee+12*he-12-9*pe*ee+6*ne*he+2*te)*A;O[3]=(-12*se*he+8.04*pe*ee-114*ne*he+(72+36*ee)+(3*re-72*he+162)*(pe-168*pe*he)-(12*te+25*se)-(22*pe*te+36*ne*ee+120*ne))*T;O[4]=0;Z=Z-he+pe*ge*s(O,ge)}else{ge=1/Z;ee=he*he;de=he-1;be=he-pe*ge*de;if(be<Z){Z-=be}}M=a(e);ve=1}}if(l(R-k)<1e-5&&ve===0){ye=0;L=1/e;Z=e-E+(.019753086419753086+.007211444248481286*L)*L;M=a(e);ve=1}if(e<1&&ve===0){ye=0;if(j){Z=f(1/e*(p(R)+a(e+1)))}else{Z=f(1/e*(p(1-R)+a(e+1)))}M=a(e);ve=1}if(ve===0){ye=1;L=1/e;ge=i(2*R);Y=we*ge/c(e*k);if(ge<m){Y+=(b(Y)+(S(Y)+$(Y)*L)*L)*L;Z=e*g(Y);Se=Y;oe=-c(e/v)*f(-k*e*Se*Se)/w(e);I=1/oe}else{x("Warning: Overflow problems in one or more steps of the computation.");return NaN}}if(ve<2){ue=y(Z,e,ye,t,r,M,I,j)}return ue}e.exports=compute},2469:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(51550);var a=r(40787);var i=r(32556);function eps1(e){var t;if(n(e)<1){return i(e)}t=a(e);return s(e/(t-1))/e}e.exports=eps1},72732:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(51550);var s=r(48654);var a=r(75356);var i=r(45482);function eps2(e){var t;var r;if(e<-5){r=e*e;t=n(-e);return(12-r-6*(t*t))/(12*r*e)}if(e<-2){return s(e)}if(e<2){return a(e)}if(e<1e3){r=1/e;return i(e)/(-12*e)}return-1/(12*e)}e.exports=eps2},28195:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(51550);var s=r(6060);var a=r(37086);var i=r(94364);var o=r(12594);var c=r(2924);function eps3(e){var t;var r;if(e<-8){t=e*e;r=n(-e)/e;return(-30+e*r*(6*t*r*r-12+t))/(12*e*t*t)}if(e<-4){return s(e)/(e*e)}if(e<-2){return a(e)}if(e<2){return i(e)}if(e<10){t=1/e;return o(t)/(e*e)}if(e<100){t=1/e;return c(t)/(e*e)}return-n(e)/(12*e*e*e)}e.exports=eps3},48201:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(31851);var s=r(40905);var a=r(51550);var i=r(79951);var o=r(62385);var c=r(95324);function gamstar(e){if(e>=3){return n(c(e))}if(e>0){return s(e)/(n(-e+(e-.5)*a(e))*o)}return i}e.exports=gamstar},17841:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5932);var s=r(55479);var a=r(66260);var i=r(31851);var o=r(51550);var c=r(79951);var l=n("gammaincinv:higher_newton");function higherNewton(e,t,r,n,f,u,d,p){var h;var m;var v;var y;var g;var w;var b;var S;var $;var x;var k;var E;var N;var P;P=e;k=1;E=1;w=t*t;m=e;do{P=e;b=P*P;if(r===0){h=(1-t)*o(P)+P+u;if(h>o(c)){l("Warning: overflow problems in one or more steps of the computation. The initial approximation to the root is returned.");return m}N=i(h)}else{N=-d*P}if(p){S=s(P,t,true,false);v=-N*(S-n)}else{$=s(P,t,true,true);v=N*($-f)}N=v;if(n>1e-120||E>1){y=.5*(P-t+1)/P;g=(2*b-4*P*t+4*P+2*w-3*t+1)/b;g/=6;e=P+N*(1+N*(y+N*g))}else{e=P+N}k=a(P/e-1);E+=1;P=e;if(P<0){P=m;E=100}}while(k>2e-14&&E<35);if(k>2e-14||E>99){l("Warning: the number of iterations in the Newton method reached the upper limit N=35. The last value obtained for the root is given as output.")}x=P||0;return x}e.exports=higherNewton},85778:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(93381);e.exports=n},40787:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(31851);var a=r(51550);var i=r(62096);var o=r(53923);var c=r(60454);var l=1e-8;var f=.08333333333333333;var u=.008333333333333333;var d=[1,0,0,0,0,0];function lambdaeta(e){var t;var r;var p;var h;var m;var v;var y;var g;var w;w=e*e*.5;if(e===0){m=0}else if(e<-1){g=s(-1-w);m=o(g)}else if(e<1){g=e;m=c(g)}else{g=11+w;v=a(g);m=g+v;g=1/g;t=v*v;r=t*v;p=r*v;h=p*v;d[1]=(2-v)*.5;d[2]=(-9*v+6+2*t)/6;d[3]=-(3*r+36*v-22*t-12)*f;d[4]=(60+350*t-300*v-125*r+12*p)/60;d[5]=-(-120-274*p+900*v-1700*t+1125*r+20*h)*u;m+=v*g*i(d,g)}g=1;if(e>-3.5&&e<-.03||e>.03&&e<40){g=1;y=m;do{m=y*(w+a(y))/(y-1);g=n(y/m-1);y=m}while(g>l)}return m}e.exports=lambdaeta},93381:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86523);var s=r(28858);var a=r(50469);var i=r(28819);function gammaincinv(e,t,r){if(n(e)||n(t)){return NaN}if(t<s){return NaN}if(e>1||e<0){return NaN}if(r===true){if(e===0){return a}if(e===1){return 0}return i(t,1-e,e)}if(e===0){return 0}if(e===1){return a}return i(t,e,1-e)}e.exports=gammaincinv},53923:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 0}return 0+e*(1+e*(1+e*(1.5+e*(2.6666666666666665+e*(5.208333333333333+e*10.8)))))}e.exports=evalpoly},60454:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 1}return 1+e*(1+e*(.3333333333333333+e*(.027777777777777776+e*(-.003703703703703704+e*(.0002314814814814815+e*5878894767783657e-20)))))}e.exports=evalpoly},77333:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.025721014990011306}return.025721014990011306+e*(.08247596616699963+e*(-.0025328157302663564+e*(.0006099292666946337+e*(-.00033543297638406+e*.000250505279903))))}e.exports=evalpoly},76832:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.08333333333333333}return.08333333333333333+e*(-.002777777777777778+e*(.0007936507936507937+e*-.0005952380952380953))}e.exports=evalpoly},32556:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.3333333333438}if(e<0){t=-e}else{t=e}if(t<=1){r=-.3333333333438+e*(-.2070740359969+e*(-.05041806657154+e*(-.004923635739372+e*-4293658292782e-17)));n=1+e*(.7045554412463+e*(.2118190062224+e*(.03048648397436+e*.001605037988091)))}else{e=1/e;r=-4293658292782e-17+e*(-.004923635739372+e*(-.05041806657154+e*(-.2070740359969+e*-.3333333333438)));n=.001605037988091+e*(.03048648397436+e*(.2118190062224+e*(.7045554412463+e*1)))}return r/n}e.exports=evalrational},48654:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.0172847633523}if(e<0){t=-e}else{t=e}if(t<=1){r=-.0172847633523+e*(-.0159372646475+e*(-.00464910887221+e*(-.00060683488776+e*-614830384279e-17)));n=1+e*(.764050615669+e*(.297143406325+e*(.0579490176079+e*.00574558524851)))}else{e=1/e;r=-614830384279e-17+e*(-.00060683488776+e*(-.00464910887221+e*(-.0159372646475+e*-.0172847633523)));n=.00574558524851+e*(.0579490176079+e*(.297143406325+e*(.764050615669+e*1)))}return r/n}e.exports=evalrational},75356:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.0172839517431}if(e<0){t=-e}else{t=e}if(t<=1){r=-.0172839517431+e*(-.0146362417966+e*(-.00357406772616+e*(-.000391032032692+e*249634036069e-17)));n=1+e*(.690560400696+e*(.249962384741+e*(.0443843438769+e*.00424073217211)))}else{e=1/e;r=249634036069e-17+e*(-.000391032032692+e*(-.00357406772616+e*(-.0146362417966+e*-.0172839517431)));n=.00424073217211+e*(.0443843438769+e*(.249962384741+e*(.690560400696+e*1)))}return r/n}e.exports=evalrational},45482:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return.99994466948}if(e<0){t=-e}else{t=e}if(t<=1){r=.99994466948+e*(104.649839762+e*(857.204033806+e*(731.901559577+e*45.5174411671)));n=1+e*(104.526456943+e*(823.313447808+e*(3119.93802124+e*3970.03311219)))}else{e=1/e;r=45.5174411671+e*(731.901559577+e*(857.204033806+e*(104.649839762+e*.99994466948)));n=3970.03311219+e*(3119.93802124+e*(823.313447808+e*(104.526456943+e*1)))}return r/n}e.exports=evalrational},6060:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return.0495346498136}if(e<0){t=-e}else{t=e}if(t<=1){r=.0495346498136+e*(.0299521337141+e*(.00688296911516+e*(.000512634846317+e*-201411722031e-16)));n=1+e*(.759803615283+e*(.261547111595+e*(.0464854522477+e*.00403751193496)))}else{e=1/e;r=-201411722031e-16+e*(.000512634846317+e*(.00688296911516+e*(.0299521337141+e*.0495346498136)));n=.00403751193496+e*(.0464854522477+e*(.261547111595+e*(.759803615283+e*1)))}return r/n}e.exports=evalrational},37086:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return.00452313583942}if(e<0){t=-e}else{t=e}if(t<=1){r=.00452313583942+e*(.00120744920113+e*(-789724156582e-16+e*(-504476066942e-16+e*-535770949796e-17)));n=1+e*(.912203410349+e*(.405368773071+e*(.0901638932349+e*.00948935714996)))}else{e=1/e;r=-535770949796e-17+e*(-504476066942e-16+e*(-789724156582e-16+e*(.00120744920113+e*.00452313583942)));n=.00948935714996+e*(.0901638932349+e*(.405368773071+e*(.912203410349+e*1)))}return r/n}e.exports=evalrational},94364:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return.00439937562904}if(e<0){t=-e}else{t=e}if(t<=1){r=.00439937562904+e*(.000487225670639+e*(-.000128470657374+e*(529110969589e-17+e*1.5716677175e-7)));n=1+e*(.794435257415+e*(.333094721709+e*(.0703527806143+e*.00806110846078)))}else{e=1/e;r=1.5716677175e-7+e*(529110969589e-17+e*(-.000128470657374+e*(.000487225670639+e*.00439937562904)));n=.00806110846078+e*(.0703527806143+e*(.333094721709+e*(.794435257415+e*1)))}return r/n}e.exports=evalrational},12594:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.0011481191232}if(e<0){t=-e}else{t=e}if(t<=1){r=-.0011481191232+e*(-.112850923276+e*(1.51623048511+e*(-.218472031183+e*.0730002451555)));n=1+e*(14.2482206905+e*(69.7360396285+e*(218.938950816+e*277.067027185)))}else{e=1/e;r=.0730002451555+e*(-.218472031183+e*(1.51623048511+e*(-.112850923276+e*-.0011481191232)));n=277.067027185+e*(218.938950816+e*(69.7360396285+e*(14.2482206905+e*1)))}return r/n}e.exports=evalrational},2924:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.000145727889667}if(e<0){t=-e}else{t=e}if(t<=1){r=-.000145727889667+e*(-.290806748131+e*(-13.308504545+e*(199.722374056+e*-11.4311378756)));n=1+e*(139.612587808+e*(2189.01116348+e*(7115.24019009+e*45574.6081453)))}else{e=1/e;r=-11.4311378756+e*(199.722374056+e*(-13.308504545+e*(-.290806748131+e*-.000145727889667)));n=45574.6081453+e*(7115.24019009+e*(2189.01116348+e*(139.612587808+e*1)))}return r/n}e.exports=evalrational},95324:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67711);var s=r(51550);var a=r(74322);var i=r(28858);var o=r(79951);var c=r(33474);var l=r(77333);var f=r(76832);var u=.30865217988013566;function stirling(e){var t;if(e<i){return o}if(e<1){return n(e+1)-(e+.5)*s(e)+e-a}if(e<2){return n(e)-(e-.5)*s(e)+e-a}if(e<3){return n(e-1)-(e-.5)*s(e)+e-a+s(e-1)}if(e<12){t=18/(e*e)-1;return c(17,t)/(12*e)}t=1/(e*e);if(e<1e3){return l(t)/(u+t)/e}return f(t)/e}e.exports=stirling},13752:(e,t,r)=>{t=e.exports=r(81427);t.log=log;t.formatArgs=formatArgs;t.save=save;t.load=load;t.useColors=useColors;t.storage="undefined"!=typeof chrome&&"undefined"!=typeof chrome.storage?chrome.storage.local:localstorage();t.colors=["lightseagreen","forestgreen","goldenrod","dodgerblue","darkorchid","crimson"];function useColors(){if(typeof window!=="undefined"&&window.process&&window.process.type==="renderer"){return true}return typeof document!=="undefined"&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||typeof window!=="undefined"&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||typeof navigator!=="undefined"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)&&parseInt(RegExp.$1,10)>=31||typeof navigator!=="undefined"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)}t.formatters.j=function(e){try{return JSON.stringify(e)}catch(e){return"[UnexpectedJSONParseError]: "+e.message}};function formatArgs(e){var r=this.useColors;e[0]=(r?"%c":"")+this.namespace+(r?" %c":" ")+e[0]+(r?"%c ":" ")+"+"+t.humanize(this.diff);if(!r)return;var n="color: "+this.color;e.splice(1,0,n,"color: inherit");var s=0;var a=0;e[0].replace(/%[a-zA-Z%]/g,function(e){if("%%"===e)return;s++;if("%c"===e){a=s}});e.splice(a,0,n)}function log(){return"object"===typeof console&&console.log&&Function.prototype.apply.call(console.log,console,arguments)}function save(e){try{if(null==e){t.storage.removeItem("debug")}else{t.storage.debug=e}}catch(e){}}function load(){var e;try{e=t.storage.debug}catch(e){}if(!e&&typeof process!=="undefined"&&"env"in process){e=process.env.DEBUG}return e}t.enable(load());function localstorage(){try{return window.localStorage}catch(e){}}},81427:(e,t,r)=>{t=e.exports=createDebug.debug=createDebug["default"]=createDebug;t.coerce=coerce;t.disable=disable;t.enable=enable;t.enabled=enabled;t.humanize=r(28566);t.names=[];t.skips=[];t.formatters={};var n;function selectColor(e){var r=0,n;for(n in e){r=(r<<5)-r+e.charCodeAt(n);r|=0}return t.colors[Math.abs(r)%t.colors.length]}function createDebug(e){function debug(){if(!debug.enabled)return;var e=debug;var r=+new Date;var s=r-(n||r);e.diff=s;e.prev=n;e.curr=r;n=r;var a=new Array(arguments.length);for(var i=0;i<a.length;i++){a[i]=arguments[i]}a[0]=t.coerce(a[0]);if("string"!==typeof a[0]){a.unshift("%O")}var o=0;a[0]=a[0].replace(/%([a-zA-Z%])/g,function(r,n){if(r==="%%")return r;o++;var s=t.formatters[n];if("function"===typeof s){var i=a[o];r=s.call(e,i);a.splice(o,1);o--}return r});t.formatArgs.call(e,a);var c=debug.log||t.log||console.log.bind(console);c.apply(e,a)}debug.namespace=e;debug.enabled=t.enabled(e);debug.useColors=t.useColors();debug.color=selectColor(e);if("function"===typeof t.init){t.init(debug)}return debug}function enable(e){t.save(e);t.names=[];t.skips=[];var r=(typeof e==="string"?e:"").split(/[\s,]+/);var n=r.length;for(var s=0;s<n;s++){if(!r[s])continue;e=r[s].replace(/\*/g,".*?");if(e[0]==="-"){t.skips.push(new RegExp("^"+e.substr(1)+"$"))}else{t.names.push(new RegExp("^"+e+"$"))}}}function disable(){t.enable("")}function enabled(e){var r,n;for(r=0,n=t.skips.length;r<n;r++){if(t.skips[r].test(e)){return false}}for(r=0,n=t.names.length;r<n;r++){if(t.names[r].test(e)){return true}}return false}function coerce(e){if(e instanceof Error)return e.stack||e.message;return e}},5932:(e,t,r)=>{if(typeof process!=="undefined"&&process.type==="renderer"){e.exports=r(13752)}else{e.exports=r(48250)}},48250:(e,t,r)=>{var n=r(52018);var s=r(39023);t=e.exports=r(81427);t.init=init;t.log=log;t.formatArgs=formatArgs;t.save=save;t.load=load;t.useColors=useColors;t.colors=[6,2,3,4,5,1];t.inspectOpts=Object.keys(process.env).filter(function(e){return/^debug_/i.test(e)}).reduce(function(e,t){var r=t.substring(6).toLowerCase().replace(/_([a-z])/g,function(e,t){return t.toUpperCase()});var n=process.env[t];if(/^(yes|on|true|enabled)$/i.test(n))n=true;else if(/^(no|off|false|disabled)$/i.test(n))n=false;else if(n==="null")n=null;else n=Number(n);e[r]=n;return e},{});var a=parseInt(process.env.DEBUG_FD,10)||2;if(1!==a&&2!==a){s.deprecate(function(){},"except for stderr(2) and stdout(1), any other usage of DEBUG_FD is deprecated. Override debug.log if you want to use a different log function (https://git.io/debug_fd)")()}var i=1===a?process.stdout:2===a?process.stderr:createWritableStdioStream(a);function useColors(){return"colors"in t.inspectOpts?Boolean(t.inspectOpts.colors):n.isatty(a)}t.formatters.o=function(e){this.inspectOpts.colors=this.useColors;return s.inspect(e,this.inspectOpts).split("\n").map(function(e){return e.trim()}).join(" ")};t.formatters.O=function(e){this.inspectOpts.colors=this.useColors;return s.inspect(e,this.inspectOpts)};function formatArgs(e){var r=this.namespace;var n=this.useColors;if(n){var s=this.color;var a="  [3"+s+";1m"+r+" "+"[0m";e[0]=a+e[0].split("\n").join("\n"+a);e.push("[3"+s+"m+"+t.humanize(this.diff)+"[0m")}else{e[0]=(new Date).toUTCString()+" "+r+" "+e[0]}}function log(){return i.write(s.format.apply(s,arguments)+"\n")}function save(e){if(null==e){delete process.env.DEBUG}else{process.env.DEBUG=e}}function load(){return process.env.DEBUG}function createWritableStdioStream(e){var t;var s=process.binding("tty_wrap");switch(s.guessHandleType(e)){case"TTY":t=new n.WriteStream(e);t._type="tty";if(t._handle&&t._handle.unref){t._handle.unref()}break;case"FILE":var a=r(79896);t=new a.SyncWriteStream(e,{autoClose:false});t._type="fs";break;case"PIPE":case"TCP":var i=r(69278);t=new i.Socket({fd:e,readable:false,writable:true});t.readable=false;t.read=null;t._type="pipe";if(t._handle&&t._handle.unref){t._handle.unref()}break;default:throw new Error("Implement me. Unknown stream file type!")}t.fd=e;t._isStdio=true;return t}function init(e){e.inspectOpts={};var r=Object.keys(t.inspectOpts);for(var n=0;n<r.length;n++){e.inspectOpts[r[n]]=t.inspectOpts[r[n]]}}t.enable(load())},28566:e=>{var t=1e3;var r=t*60;var n=r*60;var s=n*24;var a=s*365.25;e.exports=function(e,t){t=t||{};var r=typeof e;if(r==="string"&&e.length>0){return parse(e)}else if(r==="number"&&isNaN(e)===false){return t.long?fmtLong(e):fmtShort(e)}throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(e))};function parse(e){e=String(e);if(e.length>100){return}var i=/^((?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|years?|yrs?|y)?$/i.exec(e);if(!i){return}var o=parseFloat(i[1]);var c=(i[2]||"ms").toLowerCase();switch(c){case"years":case"year":case"yrs":case"yr":case"y":return o*a;case"days":case"day":case"d":return o*s;case"hours":case"hour":case"hrs":case"hr":case"h":return o*n;case"minutes":case"minute":case"mins":case"min":case"m":return o*r;case"seconds":case"second":case"secs":case"sec":case"s":return o*t;case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return o;default:return undefined}}function fmtShort(e){if(e>=s){return Math.round(e/s)+"d"}if(e>=n){return Math.round(e/n)+"h"}if(e>=r){return Math.round(e/r)+"m"}if(e>=t){return Math.round(e/t)+"s"}return e+"ms"}function fmtLong(e){return plural(e,s,"day")||plural(e,n,"hour")||plural(e,r,"minute")||plural(e,t,"second")||e+" ms"}function plural(e,t,r){if(e<t){return}if(e<t*1.5){return Math.floor(e/t)+" "+r}return Math.ceil(e/t)+" "+r+"s"}},67711:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(28554);e.exports=n},28554:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(57234);var a=r(66260);var i=r(51550);var o=r(81262);var c=r(18901);var l=r(39701);var f=r(50469);var u=r(89303);var d=r(95690);var p=r(71271);var h=r(47120);var m=r(62778);var v=r(66503);var y=r(42352);var g=r(67942);var w=r(45059);var b=r(89596);var S=.07721566490153287;var $=.3224670334241136;var x=1;var k=-.07721566490153287;var E=.48383612272381005;var N=-.1475877229945939;var P=.06462494023913339;var A=-.07721566490153287;var T=1;var C=.4189385332046727;var O=1.4616321449683622;var I=4503599627370496;var M=72057594037927940;var j=13877787807814457e-33;var R=1.4616321449683622;var L=-.12148629053584961;var D=-3638676997039505e-33;function gammaln(e){var t;var r;var F;var K;var z;var U;var V;var q;var B;var G;var H;var J;var Y;if(n(e)||s(e)){return e}if(e===0){return f}if(e<0){t=true;e=-e}else{t=false}if(e<j){return-i(e)}if(t){if(e>=I){return f}B=c(e);if(B===0){return f}r=i(l/a(B*e))}if(e===1||e===2){return 0}if(e<2){if(e<=.9){Y=-i(e);if(e>=O-1+.27){H=1-e;F=0}else if(e>=O-1-.27){H=e-(R-1);F=1}else{H=e;F=2}}else{Y=0;if(e>=O+.27){H=2-e;F=0}else if(e>=O-.27){H=e-R;F=1}else{H=e-1;F=2}}switch(F){case 0:J=H*H;U=S+J*u(J);z=J*($+J*d(J));V=H*U+z;Y+=V-.5*H;break;case 1:J=H*H;G=J*H;U=E+G*m(G);z=N+G*v(G);K=P+G*y(G);V=J*U-(D-G*(z+H*K));Y+=L+V;break;case 2:U=H*(A+H*g(H));z=T+H*w(H);Y+=-.5*H+U/z;break}}else if(e<8){F=o(e);H=e-F;V=H*(k+H*h(H));q=x+H*p(H);Y=.5*H+V/q;J=1;switch(F){case 7:J*=H+6;case 6:J*=H+5;case 5:J*=H+4;case 4:J*=H+3;case 3:J*=H+2;Y+=i(J)}}else if(e<M){B=i(e);J=1/e;H=J*J;G=C+J*b(H);Y=(e-.5)*(B-1)+G}else{Y=e*(i(e)-1)}if(t){Y=r-Y}return Y}e.exports=gammaln},89303:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.06735230105312927}return.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+e*25214456545125733e-21)))}e.exports=evalpoly},95690:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.020580808432516733}return.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+e*44864094961891516e-21)))}e.exports=evalpoly},71271:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 1.3920053346762105}return 1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+e*7326684307446256e-21))))}e.exports=evalpoly},47120:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.21498241596060885}return.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+e*3194753265841009e-20))))}e.exports=evalpoly},62778:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.032788541075985965}return-.032788541075985965+e*(.006100538702462913+e*(-.0014034646998923284+e*.00031563207090362595))}e.exports=evalpoly},66503:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.01797067508118204}return.01797067508118204+e*(-.0036845201678113826+e*(.000881081882437654+e*-.00031275416837512086))}e.exports=evalpoly},42352:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.010314224129834144}return-.010314224129834144+e*(.0022596478090061247+e*(-.0005385953053567405+e*.0003355291926355191))}e.exports=evalpoly},67942:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6328270640250934}return.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+e*.013381091853678766)))}e.exports=evalpoly},45059:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 2.4559779371304113}return 2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+e*.003217092422824239)))}e.exports=evalpoly},89596:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.08333333333333297}return.08333333333333297+e*(-.0027777777772877554+e*(.0007936505586430196+e*(-.00059518755745034+e*(.0008363399189962821+e*-.0016309293409657527))))}e.exports=evalpoly},60512:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var r=1;var n;if(e===0){return t}if(t===0){return e}while(e%2===0&&t%2===0){e/=2;t/=2;r*=2}while(e%2===0){e/=2}while(t){while(t%2===0){t/=2}if(e>t){n=t;t=e;e=n}t-=e}return r*e}e.exports=gcd},19216:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var r=0;var n;if(e===0){return t}if(t===0){return e}while((e&1)===0&&(t&1)===0){e>>>=1;t>>>=1;r+=1}while((e&1)===0){e>>>=1}while(t){while((t&1)===0){t>>>=1}if(e>t){n=t;t=e;e=n}t-=e}return e<<r}e.exports=gcd},24370:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(21413);e.exports=n},21413:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86523);var s=r(2804);var a=r(50469);var i=r(81475);var o=r(83960);var c=r(19216);var l=r(60512);function gcd(e,t){if(n(e)||n(t)){return NaN}if(e===a||t===a||e===i||t===i){return NaN}if(!(s(e)&&s(t))){return NaN}if(e<0){e=-e}if(t<0){t=-t}if(e<=o&&t<=o){return c(e,t)}return l(e,t)}e.exports=gcd},49061:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(86523);var s=r(40141);var a=r(42334);var i=r(74879);var o=r(49827);var c=r(91354);var l=r(15478);var f=r(31851);var u=r(6310);var d=r(32974);var p=r(38008);var h=r(83424);var m=r(55417);var v=r(83960);var y=r(5553);var g=r(39701);var w=r(51471);var b=r(31402);var S=r(96005);var $=r(92148);var x=r(9912);var k=r(59140);var E=r(46203);var N=1/g;function ibetaImp(e,t,r,P,A,T,C,O){var I;var M;var j;var R;var L;var D;var F;var K;var z;var U;var V;var q;q=1-e;F=O;K=O+C;T[K]=-1;if(n(e)||e<0||e>1){T[F]=NaN;T[K]=NaN;return T}if(P){if(t<0||r<0){T[F]=NaN;T[K]=NaN;return T}if(t===0){if(r===0){T[F]=NaN;T[K]=NaN;return T}if(r>0){T[F]=A?0:1;return T}}else if(r===0){if(t>0){T[F]=A?1:0;return T}}}else if(t<=0||r<=0){T[F]=NaN;T[K]=NaN;return T}if(e===0){if(t===1){T[K]=1}else{T[K]=t<1?h/2:m*2}if(A){T[F]=P?1:c(t,r);return T}T[F]=0;return T}if(e===1){if(r===1){T[K]=1}else{T[K]=r<1?h/2:m*2}if(A){T[F]=0}else{T[F]=P?1:c(t,r)}return T}if(t===.5&&r===.5){T[K]=N*l(q*e);V=A?o(l(q)):o(l(e));V/=y;if(!P){V*=g}T[F]=V;return T}if(t===1){D=r;r=t;t=D;D=q;q=e;e=D;A=!A}if(r===1){if(t===1){T[F]=A?q:e;T[K]=1;return T}T[K]=t*u(e,t-1);if(q<.5){V=A?-s(t*i(-q)):f(t*i(-q))}else{V=A?-(u(e,t)-1):u(e,t)}if(!P){V/=t}T[F]=V;return T}if(p(t,r)<=1){if(e>.5){D=r;r=t;t=D;D=q;q=e;e=D;A=!A}if(d(t,r)<=1){if(t>=p(.2,r)||u(e,t)<=.9){if(A){j=-(P?1:c(t,r));A=false;j=-E(t,r,e,j,P,T,q)}else{j=E(t,r,e,0,P,T,q)}}else{D=r;r=t;t=D;D=q;q=e;e=D;A=!A;if(q>=.3){if(A){j=-(P?1:c(t,r));A=false;j=-E(t,r,e,j,P,T,q)}else{j=E(t,r,e,0,P,T,q)}}else{if(P){M=1}else{M=b(t+r,t,20)}j=k(t,r,e,q,20,P,T);if(A){j-=P?1:c(t,r);A=false;j=-w(t+20,r,e,q,j,M,P)}else{j=w(t+20,r,e,q,j,M,P)}}}}else if(r<=1||e<.1&&u(r*e,t)<=.7){if(A){j=-(P?1:c(t,r));A=false;j=-E(t,r,e,j,P,T,q)}else{j=E(t,r,e,0,P,T,q)}}else{D=r;r=t;t=D;D=q;q=e;e=D;A=!A;if(q>=.3){if(A){j=-(P?1:c(t,r));A=false;j=-E(t,r,e,j,P,T,q)}else{j=E(t,r,e,0,P,T,q)}}else if(t>=15){if(A){j=-(P?1:c(t,r));A=false;j=-w(t,r,e,q,j,1,P)}else{j=w(t,r,e,q,0,1,P)}}else{if(P){M=1}else{M=b(t+r,t,20)}j=k(t,r,e,q,20,P,T);if(A){j-=P?1:c(t,r);A=false;j=-w(t+20,r,e,q,j,M,P)}else{j=w(t+20,r,e,q,j,M,P)}}}}else{if(t<r){I=t-(t+r)*e}else{I=(t+r)*q-r}if(I<0){D=r;r=t;t=D;D=q;q=e;e=D;A=!A}if(r<40){if(a(t)===t&&a(r)===r&&t<v-100){z=t-1;U=r+z;j=x(U,z,e,q);if(!P){j*=c(t,r)}}else if(r*e<=.7){if(A){j=-(P?1:c(t,r));A=false;j=-E(t,r,e,j,P,T,q)}else{j=E(t,r,e,0,P,T,q)}}else if(t>15){U=a(r);if(U===r){U-=1}R=r-U;if(P){M=1}else{M=b(t+R,R,U)}j=k(R,t,q,e,U,P);j=w(t,R,e,q,j,1,P);j/=M}else if(P){U=a(r);R=r-U;if(R<=0){U-=1;R+=1}j=k(R,t,q,e,U,P);j+=k(t,R,e,q,20,P);if(A){j-=1}j=w(t+20,R,e,q,j,1,P);if(A){j=-j;A=false}}else{j=$(t,r,e,q,P,T)}}else{j=$(t,r,e,q,P,T)}}if(T[K]<0){T[K]=S(t,r,e,q,true)}L=q*e;if(T[K]!==0){if(h*L<T[K]){T[K]=h/2}else{T[K]/=L}}T[F]=A?(P?1:c(t,r))-j:j;return T}e.exports=ibetaImp},51471:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(84320);var s=r(79119);var a=r(55479);var i=r(74879);var o=r(66260);var c=r(6310);var l=r(51550);var f=r(55417);var u=r(55088);var d=r(17499);var p=r(74141);var h=new Array(30);function betaSmallBLargeASeries(e,t,r,m,v,y,g){var w;var b;var S;var $;var x;var k;var E;var N;var P;var A;var T;var C;var O;var I;var M;var j;var R;var L;k=t-1;R=e+k/2;if(m<.35){A=i(-m)}else{A=l(r)}L=-R*A;C=p(t,L);if(C<=f){return v}if(g){w=C/n(e,t);w/=c(R,t)}else{w=d(t,L)/c(R,t)}w*=y;h[0]=1;O=a(L,t,true,true);O/=C;$=v+w*O;S=1;E=A/2;E*=E;N=1;T=4*R*R;x=t;for(M=1;M<h.length;++M){S+=2;h[M]=0;P=t-M;b=3;for(I=1;I<M;++I){P=I*t-M;h[M]+=P*h[M-I]/s(b);b+=2}h[M]/=M;h[M]+=k/s(S);O=(x*(x+1)*O+(L+x+1)*N)/T;N*=E;x+=2;j=w*h[M]*O;$+=j;if(j>1){if(o(j)<o(u*$)){break}}else if(o(j/u)<o($)){break}}return $}e.exports=betaSmallBLargeASeries},9912:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(17548);var s=r(42334);var a=r(6310);var i=r(55417);function binomialCCDF(e,t,r,o){var c;var l;var f;var u;var d;l=a(r,e);if(l>i){u=l;for(d=s(e-1);d>t;d--){u*=(d+1)*o/((e-d)*r);l+=u}}else{f=s(e*r);if(f<=t+1){f=s(t+2)}l=a(r,f)*a(o,e-f);l*=n(s(e),s(f));if(l===0){for(d=f-1;d>t;d--){l+=a(r,d)*a(o,e-d);l*=n(s(e),s(d))}}else{u=l;c=l;for(d=f-1;d>t;d--){u*=(d+1)*o/((e-d)*r);l+=u}u=c;for(d=f+1;d<=e;d++){u*=(e-d+1)*r/(d*o);l+=u}}}return l}e.exports=binomialCCDF},17499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(31851);var s=r(6310);var a=r(51550);var i=r(74193);var o=r(67999);function fullIGammaPrefix(e,t){var r;var c;c=e*a(t);if(t>=1){if(c<i&&-t>o){r=s(t,e)*n(-t)}else if(e>=1){r=s(t/n(t/e),e)}else{r=n(c-t)}}else if(c>o){r=s(t,e)*n(-t)}else if(t/e<i){r=s(t/n(t/e),e)}else{r=n(c-t)}return r}e.exports=fullIGammaPrefix},59140:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(96005);function ibetaAStep(e,t,r,s,a,i,o){var c;var l;var f;var u;c=n(e,t,r,s,i);if(o){o[1]=c}c/=e;if(c===0){return c}f=1;l=1;for(u=0;u<a-1;++u){l*=(e+t+u)*r/(e+u+1);f+=l}c*=f;return c}e.exports=ibetaAStep},92148:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(30508);var s=r(96005);var a={keep:true,maxIter:1e3};function ibetaFraction2t(e,t,r,n){var s=0;return next;function next(){var a;var i;var o;i=(e+s-1)*(e+t+s-1)*s*(t-s)*r*r;a=e+2*s-1;i/=a*a;o=s;o+=s*(t-s)*r/(e+2*s-1);o+=(e+s)*(e*n-t*r+1+s*(2-r))/(e+2*s+1);s+=1;return[i,o]}}function ibetaFraction2(e,t,r,i,o,c){var l;var f;var u;l=s(e,t,r,i,o);if(c){c[1]=l}if(l===0){return l}u=ibetaFraction2t(e,t,r,i);f=n(u,a);return l/f}e.exports=ibetaFraction2},96005:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(82638);var s=r(79594);var a=r(89912);var i=r(40141);var o=r(74879);var c=r(15478);var l=r(66260);var f=r(31851);var u=r(6310);var d=r(38008);var p=r(51550);var h=r(74193);var m=r(67999);var v=r(13822);var y=r(20045);function ibetaPowerTerms(e,t,r,g,w){var b;var S;var $;var x;var k;var E;var N;var P;var A;var T;var C;var O;var I;var M;if(!w){return u(r,e)*u(g,t)}I=e+t;x=e+v-.5;k=t+v-.5;E=I+v-.5;b=n(I);b/=n(e)*n(t);b*=c(k/y);b*=c(x/E);N=(r*t-g*x)/x;P=(g*e-r*k)/k;if(a(N,P)<.2){if(N*P>0||d(e,t)<1){if(l(N)<.1){b*=f(e*o(N))}else{b*=u(r*E/x,e)}if(l(P)<.1){b*=f(t*o(P))}else{b*=u(g*E/k,t)}}else if(s(N,P)<.5){S=e<t;$=t/e;if(S&&$*P<.1||!S&&N/$>.1){A=i($*o(P));A=N+A+A*N;A=e*o(A);b*=f(A)}else{A=i(o(N)/$);A=P+A+A*P;A=t*o(A);b*=f(A)}}else if(l(N)<l(P)){M=e*o(N)+t*p(g*E/k);if(M<=m||M>=h){M+=p(b);if(M>=h){return NaN}b=f(M)}else{b*=f(M)}}else{M=t*o(P)+e*p(r*E/x);if(M<=m||M>=h){M+=p(b);if(M>=h){return NaN}b=f(M)}else{b*=f(M)}}}else{C=r*E/x;O=g*E/k;N=e*p(C);P=t*p(O);if(N>=h||N<=m||P>=h||P<=m){if(e<t){T=u(O,t/e);A=e*(p(C)+p(T));if(A<h&&A>m){b*=u(T*C,e)}else{P+=N+p(b);if(P>=h){return NaN}b=f(P)}}else{T=u(C,e/t);A=(p(T)+p(O))*t;if(A<h&&A>m){b*=u(T*O,t)}else{P+=N+p(b);if(P>=h){return NaN}b=f(P)}}}else{b*=u(C,e)*u(O,t)}}return b}e.exports=ibetaPowerTerms},46203:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(82638);var s=r(96491);var a=r(74879);var i=r(15478);var o=r(31851);var c=r(6310);var l=r(51550);var f=r(55417);var u=r(74193);var d=r(67999);var p=r(13822);var h=r(20045);var m={maxTerms:100};function ibetaSeriesT(e,t,r,n){var s=1-t;var a=1;return next;function next(){var t=n/e;e+=1;n*=s*r/a;a+=1;s+=1;return t}}function ibetaSeries(e,t,r,v,y,g,w){var b;var S;var $;var x;var k;var E;var N;var P;if(y){N=e+t;S=e+p-.5;$=t+p-.5;x=N+p-.5;b=n(N)/(n(e)*n(t));k=l(x/$)*(t-.5);E=l(r*x/S)*e;if(k>d&&k<u&&E>d&&E<u){if(e*t<$*10){b*=o((t-.5)*a(e/$))}else{b*=c(x/$,t-.5)}b*=c(r*x/S,e);b*=i(S/h);if(g){g[1]=b*c(w,t)}}else{b=l(b)+k+E+(l(S)-1)/2;if(g){g[1]=o(b+t*l(w))}b=o(b)}}else{b=c(r,e)}if(b<f){return v}P=ibetaSeriesT(e,t,r,b);m.initialValue=v;return s(P,m)}e.exports=ibetaSeries},59818:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(94573);var a=r(49061);n(s,"assign",a);e.exports=s},94573:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(49061);function kernelBetainc(e,t,r,s,a){return n(e,t,r,s,a,[0,0],1,0)}e.exports=kernelBetainc},74141:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(82638);var s=r(67711);var a=r(40905);var i=r(74879);var o=r(15478);var c=r(66260);var l=r(31851);var f=r(6310);var u=r(32974);var d=r(38008);var p=r(51550);var h=r(74193);var m=r(67999);var v=r(13822);var y=r(20045);function regularizedGammaPrefix(e,t){var r;var g;var w;var b;var S;var $;var x;w=e+v-.5;x=(t-e-v+.5)/w;if(e<1){if(t<=m){return l(e*p(t)-t-s(e))}return f(t,e)*l(-t)/a(e)}if(c(x*x*e)<=100&&e>150){r=e*(i(x)-x)+t*(.5-v)/w;r=l(r)}else{b=e*p(t/w);S=e-t;if(d(b,S)<=m||u(b,S)>=h){g=S/e;if(d(b,S)/2>m&&u(b,S)/2<h){$=f(t/w,e/2)*l(S/2);r=$*$}else if(d(b,S)/4>m&&u(b,S)/4<h&&t>e){$=f(t/w,e/4)*l(S/4);r=$*$;r*=r}else if(g>m&&g<h){r=f(t*l(g)/w,e)}else{r=l(b+S)}}else{r=f(t/w,e)*l(S)}}r*=o(w/y)/n(e);return r}e.exports=regularizedGammaPrefix},31402:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function risingFactorialRatio(e,t,r){var n;var s;if(r===0){return 1}n=1;for(s=0;s<r;s++){n*=(e+s)/(t+s)}return n}e.exports=risingFactorialRatio},85319:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/detail/t_distribution_inv.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(43979);function findIBetaInvFromTDist(e,t,r){var s;var a;var i;var o;a=t/2;i=1-a;s=e*2;o=n(s,a,i);if(r){r.value=o*o/(s+o*o)}return s/(s+o*o)}e.exports=findIBetaInvFromTDist},30177:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/tools/roots.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(66260);var s=r(83291);var a=r(79079);var i=r(32974);var o=r(83424);function halleyIterate(e,t,r,c,l,f){var u;var d;var p;var h;var m;var v;var y;var g;var w;var b;var S;var $;var x;var k;var E;var N;k=0;d=false;v=t;m=s(1,1-l);w=i(1e7*t,1e7);y=0;p=w;h=w;g=f;do{y=k;h=p;p=w;x=e(v);k=x[0];E=x[1];N=x[2];g-=1;if(k===0){break}if(E===0){if(y===0){if(v===r){t=c}else{t=r}y=e(t);w=t-v}if(a(y)*a(k)<0){if(w<0){w=(v-r)/2}else{w=(v-c)/2}}else if(w<0){w=(v-c)/2}else{w=(v-r)/2}}else if(N===0){w=k/E}else{b=2*k;$=2*E-k*(N/E);if(n($)<1&&n(b)>=n($)*o){w=k/E}else{w=b/$}if(w*E/k<0){w=k/E;if(n(w)>2*n(t)){w=(w<0?-1:1)*2*n(t)}}}u=n(w/h);if(u>.8&&u<2){w=w>0?(v-r)/2:(v-c)/2;if(n(w)>v){w=a(w)*v}h=w*3}t=v;v-=w;if(v<r){if(n(r)<1&&n(v)>1&&o/n(v)<n(r)){S=1e3}else{S=v/r}if(n(S)<1){S=1/S}if(!d&&S>0&&S<3){w=.99*(t-r);v=t-w;d=true}else{w=(t-r)/2;v=t-w;if(v===r||v===c){break}}}else if(v>c){if(n(c)<1&&n(v)>1&&o/n(v)<n(c)){S=1e3}else{S=v/c}if(n(S)<1){S=1/S}if(!d&&S>0&&S<3){w=.99*(t-c);v=t-w;d=true}else{w=(t-c)/2;v=t-w;if(v===r||v===c){break}}}if(w>0){c=t}else{r=t}}while(g&&n(v*m)<n(w));return v}e.exports=halleyIterate},48670:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(59818).assign;var s=r(66260);var a=r(83424);var i=r(55417);function ibetaRoots(e,t,r,o){return roots;function roots(c){var l;var f;var u;var d;var p;p=1-c;l=[0,0];n(c,e,t,true,o,l,1,0);d=l[0]-r;f=l[1];if(o){f=-f}if(p===0){p=i*64}if(c===0){c=i*64}u=f*(-(p*e)+(t-2)*c+1);if(s(u)<p*c*a){u/=p*c}if(o){u=-u}if(f===0){f=(o?-1:1)*i*64}return[d,f,u]}}e.exports=ibetaRoots},61489:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(33184);e.exports=n},43979:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/detail/t_distribution_inv.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(80119);var s=r(42334);var a=r(83291);var i=r(18972);var o=r(99418);var c=r(15478);var l=r(66260);var f=r(99191);var u=r(6310);var d=r(61794);var p=r(96515);var h=r(39701);var m=r(31256);var v=r(15454);var y=r(49201);var g=268435456;var w=1/3;var b=2*53/3;var S=.8549879733383485;function inverseStudentsT(e,t,r){var $;var x;var k;var E;var N;var P;var A;var T;var C;var O;var I;var M;var j;var R;var L;var D;N=0;if(t>r){A=r;r=t;t=A;E=true}else{E=false}if(s(e)===e&&e<20){x=a(1,b);switch(s(e)){case 1:if(t===.5){N=0}else{N=-f(h*t)/d(h*t)}break;case 2:N=(2*t-1)/c(2*t*r);break;case 4:P=4*t*r;k=c(P);j=4*f(o(k)/3)/k;R=c(j-4);N=t-.5<0?-R:R;break;case 6:if(t<1e-150){return(E?-1:1)*y(e,t)}L=4*(t-t*t);D=u(L,w);M=6*(1+S*(1/D-1));do{C=M*M;O=C*C;I=M*O;T=M;M=2*(8*L*I-270*C+2187)/(5*(4*L*O-216*M-243))}while(l((M-T)/M)>x);M=c(M-e);N=t-.5<0?-M:M;break;default:if(e>g){N=n(2*t)*p}else if(e<3){$=.2742-e*.0242143;if(t>$){N=m(e,t)}else{N=v(e,t)}}else{$=a(1,i(e/-.654));if(t>$){N=y(e,t)}else{N=v(e,t)}}}}else if(e>g){N=-n(2*t)*p}else if(e<3){$=.2742-e*.0242143;if(t>$){N=m(e,t)}else{N=v(e,t)}}else{$=a(1,i(e/-.654));if(t>$){N=y(e,t)}else{N=v(e,t)}}return E?-N:N}e.exports=inverseStudentsT},31256:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/detail/t_distribution_inv.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(84320);var s=r(62096);var a=r(15478);var i=r(39701);var o=r(2640);var c=r(26791);var l=r(23066);var f=r(78121);var u=r(54564);var d=r(53835);var p=r(7931);var h=r(43636);var m=r(71837);var v=0;var y=[1,0,0,0,0,0,0,0,0,0];function inverseStudentsTBodySeries(e,t){var r;var g;g=n(e/2,.5)*a(e*i)*(t-.5);r=1/e;y[1]=o(r);y[2]=c(r);y[3]=l(r);y[4]=f(r);y[5]=u(r);y[6]=d(r);y[7]=p(r);y[8]=h(r);y[9]=m(r);return v+g*s(y,g*g)}e.exports=inverseStudentsTBodySeries},49201:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/detail/t_distribution_inv.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(80119);var s=r(40141);var a=r(15478);var i=r(6310);var o=r(5553);var c=r(96515);function inverseStudentsTHill(e,t){var r;var l;var f;var u;var d;var p;var h;if(e>1e20){return-n(2*t)*c}r=1/(e-.5);l=48/(r*r);f=((20700*r/l-98)*r-16)*r+96.36;u=((94.5/(l+f)-3)/l+1)*a(r*o)*e;h=i(u*2*t,2/e);if(h>.05+r){p=-n(2*t)*c;h=p*p;if(e<5){f+=.3*(e-4.5)*(p+.6)}f+=(((.05*u*p-5)*p-7)*p-2)*p+l;h=(((((.4*h+6.3)*h+36)*h+94.5)/f-h-3)/l+1)*p;h=s(r*h*h)}else{h=((1/(((e+6)/(e*h)-.089*u-.822)*(e+2)*3)+.5/(e+4))*h-1)*(e+1)/(e+2)+1/h}d=a(e*h);return-d}e.exports=inverseStudentsTHill},15454:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/detail/t_distribution_inv.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(84320);var s=r(62096);var a=r(15478);var i=r(6310);var o=r(39701);var c=[0,0,0,0,0,0,0];function inverseStudentsTTailSeries(e,t){var r;var l;var f;var u;var d;var p;var h;var m;m=n(e/2,.5)*a(e*o)*t;u=e+2;d=e+4;p=e+6;c[0]=1;c[1]=-(e+1)/(2*u);u*=e+2;c[2]=-e*(e+1)*(e+3)/(8*u*d);u*=e+2;c[3]=-e*(e+1)*(e+5)*((3*e+7)*e-2)/(48*u*d*p);u*=e+2;d*=e+4;c[4]=-e*(e+1)*(e+7)*(((((15*e+154)*e+465)*e+286)*e-336)*e+64)/(384*u*d*p*(e+8));u*=e+2;c[5]=-e*(e+1)*(e+3)*(e+9)*((((((35*e+452)*e+1573)*e+600)*e-2020)*e+928)*e-128)/(1280*u*d*p*(e+8)*(e+10));u*=e+2;d*=e+4;p*=e+6;c[6]=-e*(e+1)*(e+11)*(((((((((((945*e+31506)*e+425858)*e+2980236)*e+11266745)*e+20675018)*e+7747124)*e-22574632)*e-8565600)*e+18108416)*e-7099392)*e+884736)/(46080*u*d*p*(e+8)*(e+10)*(e+12));h=a(e);f=i(h*m,1/e);l=f*f;r=s(c,l);r*=h;r/=f;return-r}e.exports=inverseStudentsTTailSeries},33184:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(62096);var s=r(89986);var a=r(40141);var i=r(74879);var o=r(49827);var c=r(91354);var l=r(15478);var f=r(66260);var u=r(31851);var d=r(6310);var p=r(61794);var h=r(32974);var m=r(38008);var v=r(51550);var y=r(55417);var g=r(5553);var w=r(55088);var b=r(85319);var S=r(10502);var $=r(32259);var x=r(34268);var k=r(30177);var E=r(48670);var N=32;var P=1e3;var A=[0,0,0,0,0];function ibetaInvImp(e,t,r,T){var C;var O;var I;var M;var j;var R;var L;var D;var F;var K;var z;var U;var V;var q;var B;var G;var H;var J;var Y;var W;var Q;var Z;var X;var ee;var te;var re;var ne;var se;var ae;O=false;if(T===0){return[1,0]}if(r===0){return[0,1]}if(e===1){if(t===1){return[r,1-r]}U=t;t=e;e=U;U=T;T=r;r=U;O=true}se=0;M=0;R=1;if(e===.5){if(t===.5){se=p(r*g);se*=se;ae=p(T*g);ae*=ae;return[se,ae]}if(t>.5){U=t;t=e;e=U;U=T;T=r;r=U;O=!O}}if(t===.5&&e>=.5&&r!==1){Q={};se=b(e,r,Q);ae=Q.value}else if(t===1){if(r<T){if(e>1){se=d(r,1/e);ae=-a(v(r)/e)}else{se=d(r,1/e);ae=1-se}}else{se=u(i(-T)/e);ae=-a(i(-T)/e)}if(O){U=ae;ae=se;se=U}return[se,ae]}else if(e+t>5){if(r>.5){U=t;t=e;e=U;U=T;T=r;r=U;O=!O}F=m(e,t);D=h(e,t);if(l(F)>D-F&&F>5){se=S(e,t,r);ae=1-se}else{te=e+t;j=o(l(e/te));I=F/te;if(I>=.2&&I<=.8&&te>=10){z=d(r,1/e);if(z<.0025&&e+t<200){se=z*d(e*c(e,t),1/e)}else{se=$(r,te,j)}ae=1-se}else{if(e<t){U=t;t=e;e=U;U=T;T=r;r=U;O=!O}K=0;if(t<2){K=c(e,t)}if(K===0){ae=1}else{ae=d(t*T*K,1/t);se=1-ae}}if(ae>1e-5){se=x(e,t,r,T);ae=1-se}}}else if(e<1&&t<1){W=(1-e)/(2-e-t);G=s(W,e,t)-r;if(f(G)/r<w*3){if(O){return[1-W,W]}return[W,1-W]}if(G<0){U=t;t=e;e=U;U=T;T=r;r=U;O=!O;W=1-W}Y=d(e*r*c(e,t),1/e);se=Y/(1+Y);ae=1/(1+Y);if(se>W){se=W}R=W}else if(e>1&&t>1){W=(e-1)/(e+t-2);V=(t-1)/(e+t-2);J=s(W,e,t)-r;if(J<0){U=t;t=e;e=U;U=T;T=r;r=U;U=V;V=W;W=U;O=!O}H=v(r*e*c(e,t))/e;se=u(H);ae=se<.9?1-se:-a(H);if(t<e&&se<.2){q=e-1;B=t-1;Z=e*e;X=e*Z;ee=t*t;A[0]=0;A[1]=1;A[2]=B/q;q*=q;A[3]=B*(3*e*t+5*t+Z-e-4)/(2*(e+2)*q);q*=e+1;A[4]=B*(33*e*ee+31*ee+8*Z*ee-30*e*t-47*t+11*Z*t+6*X*t+18+4*e-X+Z*Z-10*Z);A[4]/=3*(e+3)*(e+2)*q;se=n(A,se)}if(se>W){se=W}R=W}else{if(t<e){U=t;t=e;e=U;U=T;T=r;r=U;O=!O}if(d(r,1/e)<.5){se=d(r*e*c(e,t),1/e);if(se===0){se=y}ae=1-se}else{ae=d(1-d(r,t*c(e,t)),1/t);if(ae===0){ae=y}se=1-ae}}if(se>.5){U=t;t=e;e=U;U=T;T=r;r=U;U=ae;ae=se;se=U;O=!O;re=1-R;ne=1-M;M=re;R=ne}if(M===0){if(O){M=w;if(se<M){se=M}}else{M=y}if(se<M){se=M}}C=N;if(se<1e-50&&(e<1||t<1)){C*=3;C/=2}L=E(e,t,r<T?r:T,r>=T);se=k(L,se,M,R,C,P);if(se===M){se=0}if(O){return[1-se,se]}return[se,1-se]}e.exports=ibetaInvImp},79346:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/tools/roots.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(79079);var s=r(66260);var a=r(83291);var i=r(83424);function newtonRaphsonIterate(e,t,r,o,c,l){var f;var u;var d;var p;var h;var m;var v;var y;var g;var w;g=0;f=0;h=t;p=a(1,1-c);v=i;u=i;d=i;m=l;do{f=g;d=u;u=v;y=e(h);g=y[0];w=y[1];m-=1;if(g===0){break}if(w===0){if(f===0){if(h===r){t=o}else{t=r}f=e(t);v=t-h}if(n(f)*n(g)<0){if(v<0){v=(h-r)/2}else{v=(h-o)/2}}else if(v<0){v=(h-o)/2}else{v=(h-r)/2}}else{v=g/w}if(s(v*2)>s(d)){v=v>0?(h-r)/2:(h-o)/2}t=h;h-=v;if(h<=r){v=.5*(t-r);h=t-v;if(h===r||h===o){break}}else if(h>=o){v=.5*(t-o);h=t-v;if(h===r||h===o){break}}if(v>0){o=t}else{r=t}}while(m&&s(h*p)<s(v));return h}e.exports=newtonRaphsonIterate},66017:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-1}return-1+e*(-5+e*5)}e.exports=evalpoly},21820:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 63149}return 63149+e*(-151557+e*(140052+e*(-727469+e*(2239932+e*(-2251437+e*750479)))))}e.exports=evalpoly},19811:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 29233}return 29233+e*(-78755+e*(105222+e*(146879+e*(-1602610+e*(3195183+e*(-2554139+e*729754))))))}e.exports=evalpoly},49638:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 1}return 1+e*(-13+e*13)}e.exports=evalpoly},67909:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 1}return 1+e*(21+e*(-69+e*46))}e.exports=evalpoly},2640:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.16666666666666666}return.16666666666666666+e*.16666666666666666}e.exports=evalpoly},26791:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.058333333333333334}return.058333333333333334+e*(.06666666666666667+e*.008333333333333333)}e.exports=evalpoly},23066:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0251984126984127}return.0251984126984127+e*(.026785714285714284+e*(.0017857142857142857+e*.0001984126984126984))}e.exports=evalpoly},78121:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.012039792768959435}return.012039792768959435+e*(.010559964726631394+e*(-.0011078042328042327+e*(.0003747795414462081+e*27557319223985893e-22)))}e.exports=evalpoly},54564:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.003837005972422639}return.003837005972422639+e*(.00610392115600449+e*(-.0016095979637646305+e*(.0005945867404200738+e*(-6270542728876062e-20+e*2.505210838544172e-8))))}e.exports=evalpoly},53835:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0032177478835464946}return.0032177478835464946+e*(.0010898206731540065+e*(-.0012579159844784845+e*(.0006908420797309686+e*(-.00016376804137220805+e*(154012654012654e-19+e*1.6059043836821613e-10)))))}e.exports=evalpoly},73259:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 1}return 1+e*(21+e*(-69+e*46))}e.exports=evalpoly},7931:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.001743826229834001}return.001743826229834001+e*(3353097688001788e-20+e*(-.0007624513544032393+e*(.0006451304695145635+e*(-.000249472580470431+e*(49255746366361444e-21+e*(-39851014346715405e-22+e*7647163731819816e-28))))))}e.exports=evalpoly},43636:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0009647274732138864}return.0009647274732138864+e*(-.0003110108632631878+e*(-.00036307660358786886+e*(.0005140660578834113+e*(-.00029133414466938067+e*(9086710793521991e-20+e*(-15303004486655377e-21+e*(10914179173496788e-22+e*28114572543455206e-31)))))))}e.exports=evalpoly},71837:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0005422926281312969}return.0005422926281312969+e*(-.0003694266780000966+e*(-.00010230378073700413+e*(.00035764655430568635+e*(-.00028690924218514614+e*(.00012645437628698076+e*(-33202652391372056e-21+e*(4890304529197534e-21+e*(-3.123956959982987e-7+e*822063524662433e-32))))))))}e.exports=evalpoly},8164:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 7}return 7+e*(-2+e*(33+e*(-62+e*31)))}e.exports=evalpoly},55185:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 25}return 25+e*(-52+e*(-17+e*(88+e*(-115+e*46))))}e.exports=evalpoly},87298:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 7}return 7+e*(12+e*(-78+e*52))}e.exports=evalpoly},26255:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-7}return-7+e*(2+e*(183+e*(-370+e*185)))}e.exports=evalpoly},91896:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-533}return-533+e*(776+e*(-1835+e*(10240+e*(-13525+e*5410))))}e.exports=evalpoly},87333:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-1579}return-1579+e*(3747+e*(-3372+e*(-15821+e*(45588+e*(-45213+e*15071)))))}e.exports=evalpoly},19590:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 449}return 449+e*(-1259+e*(-769+e*(6686+e*(-9260+e*3704))))}e.exports=evalpoly},17028:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(51550);var s=r(83424);var a=s/4;function temmeRootFinder(e,t){return roots;function roots(r){var s;var i;var o;o=1-r;if(o===0){return[-a,-a]}if(r===0){return[-a,-a]}i=n(r)+t*n(o)+e;s=1/r-t/o;return[i,s]}}e.exports=temmeRootFinder},10502:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(62096);var s=r(80119);var a=r(15478);var i=r(31851);var o=r(96515);var c=[0,0,0,0,0,0,0];var l=[0,0,0,0];function temme1(e,t,r){var f;var u;var d;var p;var h;var m;var v;f=s(2*r);f/=-a(e/2);l[0]=f;m=t-e;p=m*m;h=p*m;c[0]=-m*o/2;c[1]=(1-2*m)/8;c[2]=-(m*o/48);c[3]=-1/192;c[4]=-m*o/3840;c[5]=0;c[6]=0;l[1]=n(c,f);c[0]=m*o*(3*m-2)/12;c[1]=(20*p-12*m+1)/128;c[2]=m*o*(20*m-1)/960;c[3]=(16*p+30*m-15)/4608;c[4]=m*o*(21*m+32)/53760;c[5]=(-(32*p)+63)/368640;c[6]=-m*o*(120*m+17)/25804480;l[2]=n(c,f);c[0]=m*o*(-75*p+80*m-16)/480;c[1]=(-1080*h+868*p-90*m-45)/9216;c[2]=m*o*(-1190*p+84*m+373)/53760;c[3]=(-2240*h-2508*p+2100*m-165)/368640;c[4]=0;c[5]=0;c[6]=0;l[3]=n(c,f);d=n(l,1/e);u=d*d;v=-i(-u/2);if(u===0){return.5}return(1+d*a((1+v)/u))/2}e.exports=temme1},32259:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(62096);var s=r(80119);var a=r(66260);var i=r(31851);var o=r(51550);var c=r(15478);var l=r(61794);var f=r(99191);var u=r(17028);var d=r(79346);var p=r(66017);var h=r(73259);var m=r(8164);var v=r(55185);var y=r(87298);var g=r(26255);var w=r(91896);var b=r(87333);var S=r(19590);var $=r(21820);var x=r(19811);var k=r(49638);var E=r(67909);var N=[0,0,0,0,0,0];var P=[0,0,0,0];function temme2(e,t,r){var A;var T;var C;var O;var I;var M;var j;var R;var L;var D;var F;var K;var z;var U;var V;var q;var B;var G;var H;var J;I=s(2*e)/-c(t/2);G=l(r);B=f(r);P[0]=I;V=G*G;q=B*B;z=G*B;K=z*z;F=K*z;D=K*K;L=K*F;R=F*F;j=D*F;N[0]=(2*V-1)/(3*z);N[1]=-p(V)/(36*K);N[2]=h(V)/(1620*F);N[3]=m(V)/(6480*D);N[4]=v(V)/(90720*L);N[5]=0;P[1]=n(N,I);N[0]=-y(V)/(405*F);N[1]=g(V)/(2592*D);N[2]=-w(V)/(204120*L);N[3]=-b(V)/(2099520*R);N[4]=0;N[5]=0;P[2]=n(N,I);N[0]=S(V)/(102060*L);N[1]=-$(V)/(20995200*R);N[2]=x(V)/(36741600*j);N[3]=0;N[4]=0;N[5]=0;P[3]=n(N,I);M=n(P,1/t);C=B/G;C*=C;U=-(M*M)/(2*V)+o(V)+q*o(q)/V;if(a(M)<.7){N[0]=V;N[1]=z;N[2]=(1-2*V)/3;N[3]=k(V)/(36*z);N[4]=E(V)/(270*K);N[5]=0;J=n(N,M)}else{H=i(U);N[0]=H;N[1]=C;N[2]=0;N[3]=3*C*(3*C+1)/6;N[4]=4*C*(4*C+1)*(4*C+2)/24;N[5]=5*C*(5*C+1)*(5*C+2)*(5*C+3)/120;J=n(N,H);if((J-V)*M<0){J=1-J}}if(M<0){T=0;A=V}else{T=V;A=1}if(J<T||J>A){J=(T+A)/2}O=u(-U,C);J=d(O,J,T,A,32,100);return J}e.exports=temme2},34268:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/detail/ibeta_inverse.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
* Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(85778);var s=r(51550);var a=r(15478);var i=r(33975);var o=r(17028);var c=r(79346);function temme3(e,t,r,l){var f;var u;var d;var p;var h;var m;var v;var y;var g;var w;var b;var S;var $;var x;var k;var E;var N;var P;var A;var T;var C;var O;var I;var M;var j;var R;var L;var D;var F;var K;if(r<l){h=n(r,t,true)}else{h=n(l,t,false)}h/=e;x=t/e;D=a(1+x);P=D*D;A=P*D;T=P*P;C=A*P;O=A*A;I=T*A;M=T*T;j=C*T;v=C*C;L=h-x;k=L*L;E=k*L;N=k*k;R=D+1;y=R*R;g=R*y;w=y*y;b=(D+2)*(D-1)/(3*D);b+=(A+9*P+21*D+5)*L/(36*P*R);b-=(T-13*A+69*P+167*D+46)*k/(1620*y*A);b-=(7*C+21*T+70*A+26*P-93*D-31)*E/(6480*g*T);b-=(75*O+202*C+188*T-888*A-1345*P+118*D+138)*N/(272160*w*C);S=(28*T+131*A+402*P+581*D+208)*(D-1)/(1620*R*A);S-=(35*O-154*C-623*T-1636*A-3983*P-3514*D-925)*L/(12960*y*T);S-=(2132*I+7915*O+16821*C+35066*T+87490*A+141183*P+95993*D+21640)*k/(816480*C*g);S-=(11053*M+53308*I+117010*O+163924*C+116188*T-258428*A-677042*P-481940*D-105497)*E/(14696640*w*O);$=-((3592*I+8375*O-1323*C-29198*T-89578*A-154413*P-116063*D-29632)*(D-1))/(816480*C*y);$-=(442043*j+2054169*M+3803094*I+3470754*O+2141568*C-2393568*T-19904934*A-34714674*P-23128299*D-5253353)*L/(146966400*O*g);$-=(116932*v+819281*j+2378172*M+4341330*I+6806004*O+10622748*C+18739500*T+30651894*A+30869976*P+15431867*D+2919016)*k/(146966400*w*I);m=h+b/e+S/(e*e)+$/(e*e*e);if(m<=0){m=i}F=m-x*s(m)+(1+x)*s(1+x)-x;f=1/(1+x);d=m<x?f:0;p=m<x?1:f;K=(d+p)/2;u=o(F,x);return c(u,K,d,p,32,100)}e.exports=temme3},71567:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(94010);e.exports=n},94010:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(25732);var s=r(53242);function kernelCos(e,t){var r;var a;var i;var o;o=e*e;i=o*o;a=o*n(o);a+=i*i*s(o);r=.5*o;i=1-r;return i+(1-i-r+(o*a-e*t))}e.exports=kernelCos},25732:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0416666666666666}return.0416666666666666+e*(-.001388888888887411+e*2480158728947673e-20)}e.exports=evalpoly},53242:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-2.7557314351390663e-7}return-2.7557314351390663e-7+e*(2.087572321298175e-9+e*-11359647557788195e-27)}e.exports=evalpoly},70186:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(97485);e.exports=n},97485:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=-.16666666666666632;var r=.00833333333332249;var n=-.0001984126982985795;var s=27557313707070068e-22;var a=-2.5050760253406863e-8;var i=1.58969099521155e-10;function kernelSin(e,o){var c;var l;var f;var u;u=e*e;f=u*u;c=r+u*(n+u*s)+u*f*(a+u*i);l=u*e;if(o===0){return e+l*(t+u*c)}return e-(u*(.5*o-l*c)-o-l*t)}e.exports=kernelSin},83291:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(23078);e.exports=n},23078:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50469);var s=r(81475);var a=r(11877);var i=r(46276);var o=r(92656);var c=r(34862);var l=r(86523);var f=r(57234);var u=r(35672);var d=r(79335).assign;var p=r(6075);var h=r(87949);var m=r(17844);var v=2220446049250313e-31;var y=2148532223>>>0;var g=[0,0];var w=[0,0];function ldexp(e,t){var r;var b;if(t===0||e===0||l(e)||f(e)){return e}d(e,g,1,0);e=g[0];t+=g[1];t+=p(e);if(t<c){return u(0,e)}if(t>i){if(e<0){return s}return n}if(t<=o){t+=52;b=v}else{b=1}h.assign(e,w,1,0);r=w[0];r&=y;r|=t+a<<20;return b*m(r,w[1])}e.exports=ldexp},51550:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(75553);e.exports=n},75553:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(2882);var s=r(45990);var a=r(86523);var i=r(11877);var o=r(81475);var c=r(36488);var l=r(71103);var f=.6931471803691238;var u=1.9082149292705877e-10;var d=0x40000000000000;var p=.3333333333333333;var h=1048575|0;var m=2146435072|0;var v=1048576|0;var y=1072693248|0;function ln(e){var t;var r;var g;var w;var b;var S;var $;var x;var k;var E;var N;var P;if(e===0){return o}if(a(e)||e<0){return NaN}r=n(e);b=0|0;if(r<v){b-=54|0;e*=d;r=n(e)}if(r>=m){return e+e}b+=(r>>20)-i|0;r&=h;x=r+614244&1048576|0;e=s(e,r|x^y);b+=x>>20|0;$=e-1;if((h&2+r)<3){if($===0){if(b===0){return 0}return b*f+b*u}S=$*$*(.5-p*$);if(b===0){return $-S}return b*f-(S-b*u-$)}E=$/(2+$);P=E*E;x=r-398458|0;N=P*P;k=440401-r|0;w=N*c(N);g=P*l(N);x|=k;S=g+w;if(x>0){t=.5*$*$;if(b===0){return $-(t-E*(t+S))}return b*f-(t-(E*(t+S)+b*u)-$)}if(b===0){return $-E*($-S)}return b*f-(E*($-S)-b*u-$)}e.exports=ln},36488:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.3999999999940942}return.3999999999940942+e*(.22222198432149784+e*.15313837699209373)}e.exports=evalpoly},71103:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+e*.14798198605116586))}e.exports=evalpoly},74879:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7306);e.exports=n},7306:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(2882);var a=r(45990);var i=r(50469);var o=r(81475);var c=r(11877);var l=r(10897);var f=.6931471803691238;var u=1.9082149292705877e-10;var d=.41421356237309503;var p=-.2928932188134525;var h=1.862645149230957e-9;var m=5551115123125783e-32;var v=9007199254740992;var y=.6666666666666666;function log1p(e){var t;var r;var g;var w;var b;var S;var $;var x;var k;var E;if(e<-1||n(e)){return NaN}if(e===-1){return o}if(e===i){return e}if(e===0){return e}if(e<0){g=-e}else{g=e}E=1;if(g<d){if(g<h){if(g<m){return e}return e-e*e*.5}if(e>p){E=0;w=e;r=1}}if(E!==0){if(g<v){k=1+e;r=s(k);E=(r>>20)-c;if(E>0){b=1-(k-e)}else{b=e-(k-1)}b/=k}else{k=e;r=s(k);E=(r>>20)-c;b=0}r&=1048575;if(r<434334){k=a(k,r|1072693248)}else{E+=1;k=a(k,r|1071644672);r=1048576-r>>2}w=k-1}t=.5*w*w;if(r===0){if(w===0){b+=E*u;return E*f+b}x=t*(1-y*w);return E*f-(x-(E*u+b)-w)}S=w/(2+w);$=S*S;x=$*l($);if(E===0){return w-(t-S*(t+x))}return E*f-(t-(S*(t+x)+(E*u+b))-w)}e.exports=log1p},10897:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+e*.14798198605116586)))))}e.exports=evalpoly},15430:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(44473);e.exports=n},44781:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
*/
function log1pSeries(e){var t=-e;var r=-1;var n=0;return next;function next(){r*=t;n+=1;return r/n}}e.exports=log1pSeries},44473:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(66260);var s=r(51550);var a=r(55088);var i=r(96491);var o=r(44781);function log1pmx(e){var t;var r;if(e<=-1){return NaN}r=n(e);if(r>.95){return s(1+e)-e}if(r<a){return-e*e/2}t={initialValue:-e};return i(o(e),t)}e.exports=log1pmx},32974:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(78641);e.exports=n},78641:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(30866);var s=r(86523);var a=r(50469);function max(e,t){if(s(e)||s(t)){return NaN}if(e===a||t===a){return a}if(e===t&&e===0){if(n(e)){return e}return t}if(e>t){return e}return t}e.exports=max},79594:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(63757);e.exports=n},63757:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(32974);function maxabs(e,t){return s(n(e),n(t))}e.exports=maxabs},38008:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(29503);e.exports=n},29503:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(23270);var s=r(86523);var a=r(81475);function min(e,t){if(s(e)||s(t)){return NaN}if(e===a||t===a){return a}if(e===t&&e===0){if(n(e)){return e}return t}if(e<t){return e}return t}e.exports=min},89912:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(10431);e.exports=n},10431:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(38008);function minabs(e,t){return s(n(e),n(t))}e.exports=minabs},6310:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(87609);e.exports=n},59905:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(2882);var s=r(23786);var a=r(45990);var i=r(11877);var o=r(31277);var c=r(53140);var l=1048575|0;var f=1048576|0;var u=1072693248|0;var d=536870912|0;var p=524288|0;var h=9007199254740992;var m=.9617966939259756;var v=.9617967009544373;var y=-7.028461650952758e-9;var g=[1,1.5];var w=[0,.5849624872207642];var b=[0,1.350039202129749e-8];function log2ax(e,t,r){var S;var $;var x;var k;var E;var N;var P;var A;var T;var C;var O;var I;var M;var j;var R;var L;var D;var F;var K;var z;var U;var V;z=0|0;if(r<f){t*=h;z-=53|0;r=n(t)}z+=(r>>o)-i|0;U=r&l|0;r=U|u|0;if(U<=235662){V=0}else if(U<767610){V=1}else{V=0;z+=1|0;r-=f}t=a(t,r);A=g[V];F=t-A;K=1/(t+A);$=F*K;k=s($,0);S=(r>>1|d)+p;S+=V<<18;N=a(0,S);P=t-(N-A);E=K*(F-k*N-k*P);x=$*$;D=x*x*c(x);D+=E*(k+$);x=k*k;N=3+x+D;N=s(N,0);P=D-(N-3-x);F=k*N;K=E*N+P*$;C=F+K;C=s(C,0);O=K-(C-F);I=v*C;M=y*C+O*m+b[V];T=w[V];L=z;j=I+M+T+L;j=s(j,0);R=M-(j-L-T-I);e[0]=j;e[1]=R;return e}e.exports=log2ax},53726:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(23786);var s=r(23218);var a=1.4426950408889634;var i=1.4426950216293335;var o=1.9259629911266175e-8;function logx(e,t){var r;var c;var l;var f;var u;var d;l=t-1;f=l*l*s(l);u=i*l;d=l*o-f*a;c=u+d;c=n(c,0);r=d-(c-u);e[0]=c;e[1]=r;return e}e.exports=logx},87609:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(97687);var a=r(57234);var i=r(2804);var o=r(15478);var c=r(66260);var l=r(87949);var f=r(23786);var u=r(86519);var d=r(81475);var p=r(50469);var h=r(43935);var m=r(72122);var v=r(30888);var y=r(93355);var g=r(59905);var w=r(53726);var b=r(55224);var S=1072693247|0;var $=1105199104|0;var x=1139802112|0;var k=1083179008|0;var E=1072693248|0;var N=1083231232|0;var P=3230714880>>>0;var A=31|0;var T=1e300;var C=1e-300;var O=8008566259537294e-32;var I=[0|0,0|0];var M=[0,0];function pow(e,t){var r;var j;var R;var L;var D;var F;var K;var z;var U;var V;var q;var B;var G;var H;var J;var Y;if(n(e)||n(t)){return NaN}l.assign(t,I,1,0);F=I[0];K=I[1];if(K===0){if(t===0){return 1}if(t===1){return e}if(t===-1){return 1/e}if(t===.5){return o(e)}if(t===-.5){return 1/o(e)}if(t===2){return e*e}if(t===3){return e*e*e}if(t===4){e*=e;return e*e}if(a(t)){return y(e,t)}}l.assign(e,I,1,0);L=I[0];D=I[1];if(D===0){if(L===0){return m(e,t)}if(e===1){return 1}if(e===-1&&s(t)){return-1}if(a(e)){if(e===d){return pow(-0,-t)}if(t<0){return 0}return p}}if(e<0&&i(t)===false){return(e-e)/(e-e)}R=c(e);r=L&h|0;j=F&h|0;z=L>>>A|0;U=F>>>A|0;if(z&&s(t)){z=-1}else{z=1}if(j>$){if(j>x){return v(e,t)}if(r<S){if(U===1){return z*T*T}return z*C*C}if(r>E){if(U===0){return z*T*T}return z*C*C}G=w(M,R)}else{G=g(M,R,r)}V=f(t,0);B=(t-V)*G[0]+t*G[1];q=V*G[0];H=B+q;l.assign(H,I,1,0);J=u(I[0]);Y=u(I[1]);if(J>=k){if((J-k|Y)!==0){return z*T*T}if(B+O>H-q){return z*T*T}}else if((J&h)>=N){if((J-P|Y)!==0){return z*C*C}if(B<=H-q){return z*C*C}}H=b(J,q,B);return z*H}e.exports=pow},53140:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.5999999999999946}return.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+e*.20697501780033842))))}e.exports=evalpoly},35568:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.16666666666666602}return.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*4.1381367970572385e-8)))}e.exports=evalpoly},23218:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.5}return.5+e*(-.3333333333333333+e*.25)}e.exports=evalpoly},55224:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(2882);var s=r(45990);var a=r(23786);var i=r(86519);var o=r(83291);var c=r(81239);var l=r(11877);var f=r(43935);var u=r(28910);var d=r(31277);var p=r(35568);var h=1048576|0;var m=1071644672|0;var v=.6931471824645996;var y=-1.904654299957768e-9;function pow2(e,t,r){var g;var w;var b;var S;var $;var x;var k;var E;var N;var P;var A;P=e&f|0;A=(P>>d)-l|0;N=0;if(P>m){N=e+(h>>A+1)>>>0;A=((N&f)>>d)-l|0;g=(N&~(u>>A))>>>0;b=s(0,g);N=(N&u|h)>>d-A>>>0;if(e<0){N=-N}t-=b}b=r+t;b=a(b,0);$=b*v;x=(r-(b-t))*c+b*y;E=$+x;k=x-(E-$);b=E*E;w=E-b*p(b);S=E*w/(w-2)-(k+E*k);E=1-(S-E);e=n(E);e=i(e);e+=N<<d>>>0;if(e>>d<=0){E=o(E,N)}else{E=s(E,e)}return E}e.exports=pow2},72122:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(97687);var s=r(35672);var a=r(81475);var i=r(50469);function pow(e,t){if(t===a){return i}if(t===i){return 0}if(t>0){if(n(t)){return e}return 0}if(n(t)){return s(i,e)}return i}e.exports=pow},30888:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(43935);var s=r(2882);var a=1072693247|0;var i=1e300;var o=1e-300;function pow(e,t){var r;var c;c=s(e);r=c&n;if(r<=a){if(t<0){return i*i}return o*o}if(t>0){return i*i}return o*o}e.exports=pow},93355:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(50469);function pow(e,t){if(e===-1){return(e-e)/(e-e)}if(e===1){return 1}if(n(e)<1===(t===s)){return 0}return s}e.exports=pow},74756:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2603);e.exports=n},2603:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(86523);var s=r(57234);var a=r(66260);var i=r(40141);var o=r(51550);var c=r(6310);var l=r(81262);function powm1(e,t){var r;var f;if(n(e)||n(t)){return NaN}if(t===0){return 0}if(e===0){return-1}if(e<0&&t%2===0){e=-e}if(e>0){if(a(t*(e-1))<.5||a(t)<.2){f=o(e)*t;if(f<.5){return i(f)}}}else if(l(t)!==t){return NaN}r=c(e,t)-1;if(s(r)||n(r)){return NaN}return r}e.exports=powm1},93982:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(44385);e.exports=n},97236:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(42334);var s=r(83291);var a=r(21830);var i=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var o=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var c=16777216;var l=5.960464477539063e-8;var f=a(20);var u=a(20);var d=a(20);var p=a(20);function compute(e,t,r,a,f,u,h,m,v){var y;var g;var w;var b;var S;var $;var x;var k;var E;b=u;E=a[r];k=r;for(S=0;k>0;S++){g=l*E|0;p[S]=E-c*g|0;E=a[k-1]+g;k-=1}E=s(E,f);E-=8*n(E*.125);x=E|0;E-=x;w=0;if(f>0){S=p[r-1]>>24-f;x+=S;p[r-1]-=S<<24-f;w=p[r-1]>>23-f}else if(f===0){w=p[r-1]>>23}else if(E>=.5){w=2}if(w>0){x+=1;y=0;for(S=0;S<r;S++){k=p[S];if(y===0){if(k!==0){y=1;p[S]=16777216-k}}else{p[S]=16777215-k}}if(f>0){switch(f){case 1:p[r-1]&=8388607;break;case 2:p[r-1]&=4194303;break}}if(w===2){E=1-E;if(y!==0){E-=s(1,f)}}}if(E===0){k=0;for(S=r-1;S>=u;S--){k|=p[S]}if(k===0){for($=1;p[u-$]===0;$++){}for(S=r+1;S<=r+$;S++){v[m+S]=i[h+S];g=0;for(k=0;k<=m;k++){g+=e[k]*v[m+(S-k)]}a[S]=g}r+=$;return compute(e,t,r,a,f,u,h,m,v)}r-=1;f-=24;while(p[r]===0){r-=1;f-=24}}else{E=s(E,-f);if(E>=c){g=l*E|0;p[r]=E-c*g|0;r+=1;f+=24;p[r]=g}else{p[r]=E|0}}g=s(1,f);for(S=r;S>=0;S--){a[S]=g*p[S];g*=l}for(S=r;S>=0;S--){g=0;for($=0;$<=b&&$<=r-S;$++){g+=o[$]*a[S+$]}d[r-S]=g}g=0;for(S=r;S>=0;S--){g+=d[S]}if(w===0){t[0]=g}else{t[0]=-g}g=d[0]-g;for(S=1;S<=r;S++){g+=d[S]}if(w===0){t[1]=g}else{t[1]=-g}return x&7}function kernelRempio2(e,t,r,n){var s;var a;var o;var c;var l;var d;var p;var h;var m;a=4;c=n-1;o=(r-3)/24|0;if(o<0){o=0}d=r-24*(o+1);h=o-c;m=c+a;for(p=0;p<=m;p++){if(h<0){f[p]=0}else{f[p]=i[h]}h+=1}for(p=0;p<=a;p++){s=0;for(h=0;h<=c;h++){s+=e[h]*f[c+(p-h)]}u[p]=s}l=a;return compute(e,t,l,u,d,a,o,c,f)}e.exports=kernelRempio2},44385:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
*
* Optimized by Bruce D. Evans.
* ```
*/
var n=r(43935);var s=r(30222);var a=r(28910);var i=r(2882);var o=r(31662);var c=r(17844);var l=r(97236);var f=r(92880);var u=0;var d=16777216;var p=1.5707963267341256;var h=6077100506506192e-26;var m=2*h;var v=3*h;var y=4*h;var g=598523|0;var w=1072243195|0;var b=1073928572|0;var S=1074752122|0;var $=1074977148|0;var x=1075183036|0;var k=1075388923|0;var E=1075594811|0;var N=1094263291|0;var P=[0,0,0];var A=[0,0];function rempio2(e,t){var r;var T;var C;var O;var I;var M;var j;var R;C=i(e)|0;O=C&n|0;if(O<=w){t[0]=e;t[1]=0;return 0}if(O<=S){if((O&a)===g){return f(e,O,t)}if(O<=b){if(C>0){R=e-p;t[0]=R-h;t[1]=R-t[0]-h;return 1}R=e+p;t[0]=R+h;t[1]=R-t[0]+h;return-1}if(C>0){R=e-2*p;t[0]=R-m;t[1]=R-t[0]-m;return 2}R=e+2*p;t[0]=R+m;t[1]=R-t[0]+m;return-2}if(O<=E){if(O<=x){if(O===$){return f(e,O,t)}if(C>0){R=e-3*p;t[0]=R-v;t[1]=R-t[0]-v;return 3}R=e+3*p;t[0]=R+v;t[1]=R-t[0]+v;return-3}if(O===k){return f(e,O,t)}if(C>0){R=e-4*p;t[0]=R-y;t[1]=R-t[0]-y;return 4}R=e+4*p;t[0]=R+y;t[1]=R-t[0]+y;return-4}if(O<N){return f(e,O,t)}if(O>=s){t[0]=NaN;t[1]=NaN;return 0}r=o(e);T=(O>>20)-1046;R=c(O-(T<<20|0),r);for(M=0;M<2;M++){P[M]=R|0;R=(R-P[M])*d}P[2]=R;I=3;while(P[I-1]===u){I-=1}j=l(P,A,T,I,1);if(C<0){t[0]=-A[0];t[1]=-A[1];return-j}t[0]=A[0];t[1]=A[1];return j}e.exports=rempio2},92880:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(18972);var s=r(2882);var a=.6366197723675814;var i=1.5707963267341256;var o=6077100506506192e-26;var c=6077100506303966e-26;var l=20222662487959506e-37;var f=20222662487111665e-37;var u=84784276603689e-45;var d=2047|0;function rempio2Medium(e,t,r){var p;var h;var m;var v;var y;var g;var w;h=n(e*a);v=e-h*i;y=h*o;w=t>>20|0;r[0]=v-y;p=s(r[0]);g=w-(p>>20&d);if(g>16){m=v;y=h*c;v=m-y;y=h*l-(m-v-y);r[0]=v-y;p=s(r[0]);g=w-(p>>20&d);if(g>49){m=v;y=h*f;v=m-y;y=h*u-(m-v-y);r[0]=v-y}}r[1]=v-r[0]-y;return h}e.exports=rempio2Medium},18972:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66547);e.exports=n},66547:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.round;e.exports=t},79079:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(10178);e.exports=n},10178:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86523);function signum(e){if(e===0||n(e)){return e}return e<0?-1:1}e.exports=signum},61794:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(53205);e.exports=n},53205:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(43935);var s=r(30222);var a=r(2882);var i=r(71567);var o=r(70186);var c=r(93982);var l=1072243195|0;var f=1045430272|0;var u=[0,0];function sin(e){var t;var r;t=a(e);t&=n;if(t<=l){if(t<f){return e}return o(e,0)}if(t>=s){return NaN}r=c(e,u);switch(r&3){case 0:return o(u[0],u[1]);case 1:return i(u[0],u[1]);case 2:return-o(u[0],u[1]);default:return-i(u[0],u[1])}}e.exports=sin},18901:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(83012);e.exports=n},83012:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86523);var s=r(57234);var a=r(99191);var i=r(61794);var o=r(66260);var c=r(35672);var l=r(39701);function sinpi(e){var t;var r;if(n(e)){return NaN}if(s(e)){return NaN}r=e%2;t=o(r);if(t===0||t===1){return c(0,r)}if(t<.25){return i(l*r)}if(t<.75){t=.5-t;return c(a(l*t),r)}if(t<1.25){r=c(1,r)-r;return i(l*r)}if(t<1.75){t-=1.5;return-c(a(l*t),r)}r-=c(2,r);return i(l*r)}e.exports=sinpi},15478:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(91689);e.exports=n},91689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.sqrt;e.exports=t},81262:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(92657);e.exports=n},92657:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(42334);var s=r(3385);function trunc(e){if(e<0){return s(e)}return n(e)}e.exports=trunc},13962:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(55088);var a=r(28858);var i=1e6;function continuedFractionA(e,t,r){var s;var i;var o;var c;var l;var f;f=e();l=f[1];i=f[0];if(l===0){l=a}o=l;c=0;do{f=e();if(f){c=f[1]+f[0]*c;if(c===0){c=a}o=f[1]+f[0]/o;if(o===0){o=a}c=1/c;s=o*c;l*=s}}while(f&&n(s-1)>t&&--r);return i/l}function continuedFractionB(e,t,r){var s;var i;var o;var c;var l;l=e();c=l[1];if(c===0){c=a}i=c;o=0;do{l=e();if(l){o=l[1]+l[0]*o;if(o===0){o=a}i=l[1]+l[0]/i;if(i===0){i=a}o=1/o;s=i*o;c*=s}}while(l&&n(s-1)>t&&--r);return c}function continuedFraction(e,t){var r;var n;var a;n={};if(arguments.length>1){n=t}a=n.tolerance||s;r=n.maxIter||i;if(n.keep){return continuedFractionB(e,a,r)}return continuedFractionA(e,a,r)}e.exports=continuedFraction},57028:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(28858);var a=r(55088);var i=1e6;function continuedFractionA(e,t,r){var a;var i;var o;var c;var l;var f;var u;a=typeof e.next==="function";u=a?e.next().value:e();c=u[1];o=u[0];if(c===0){c=s}l=c;f=0;if(a===true){do{u=e.next().value;if(u){f=u[1]+u[0]*f;if(f===0){f=s}l=u[1]+u[0]/l;if(l===0){l=s}f=1/f;i=l*f;c*=i}}while(n(i-1)>t&&--r)}else{do{u=e();if(u){f=u[1]+u[0]*f;if(f===0){f=s}l=u[1]+u[0]/l;if(l===0){l=s}f=1/f;i=l*f;c*=i}}while(u&&n(i-1)>t&&--r)}return o/c}function continuedFractionB(e,t,r){var a;var i;var o;var c;var l;var f;a=typeof e.next==="function";f=a?e.next().value:e();o=f[1];if(o===0){o=s}c=o;l=0;if(a===true){do{f=e.next().value;if(f){l=f[1]+f[0]*l;if(l===0){l=s}c=f[1]+f[0]/c;if(c===0){c=s}l=1/l;i=c*l;o*=i}}while(f&&n(i-1)>t&&--r)}else{do{f=e();if(f){l=f[1]+f[0]*l;if(l===0){l=s}c=f[1]+f[0]/c;if(c===0){c=s}l=1/l;i=c*l;o*=i}}while(f&&n(i-1)>t&&--r)}return o}function continuedFraction(e,t){var r;var n;var s;n={};if(arguments.length>1){n=t}r=n.maxIter||i;s=n.tolerance||a;if(n.keep){return continuedFractionB(e,s,r)}return continuedFractionA(e,s,r)}e.exports=continuedFraction},30508:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67640);var s=r(57028);var a=r(13962);var i;if(n()){i=s}else{i=a}e.exports=i},71278:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(36990);var s=r(93767);function factory(e){var t;var r;var a;var i;if(e.length>500){return polyval}t="return function evalpoly(x){";r=e.length;if(r===0){t+="return 0.0;"}else if(r===1){t+="return "+e[0]+";"}else{t+="if(x===0.0){return "+e[0]+";}";t+="return "+e[0];a=r-1;for(i=1;i<r;i++){t+="+x*";if(i<a){t+="("}t+=e[i]}for(i=0;i<a-1;i++){t+=")"}t+=";"}t+="}";t+="//# sourceURL=evalpoly.factory.js";return new n(t)();function polyval(t){return s(e,t)}}e.exports=factory},62096:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(93767);var a=r(71278);n(s,"factory",a);e.exports=s},93767:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e,t){var r;var n;n=e.length;if(n<2||t===0){if(n===0){return 0}return e[0]}n-=1;r=e[n]*t+e[n-1];n-=2;while(n>=0){r=r*t+e[n];n-=1}return r}e.exports=evalpoly},56049:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(55088);var a=1e6;function sumSeries(e,t){var r;var i;var o;var c;var l;l={};if(arguments.length>1){l=t}r=l.tolerance||s;o=l.maxTerms||a;c=l.initialValue||0;do{i=e();c+=i}while(n(r*c)<n(i)&&--o);return c}e.exports=sumSeries},13333:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(55088);var a=1e6;function sumSeries(e,t){var r;var i;var o;var c;var l;var f;f={};if(arguments.length>1){f=t}i=f.tolerance||s;c=f.maxTerms||a;l=f.initialValue||0;r=typeof e.next==="function";if(r===true){for(o of e){l+=o;if(n(i*l)>=n(o)||--c===0){break}}}else{do{o=e();l+=o}while(n(i*l)<n(o)&&--c)}return l}e.exports=sumSeries},96491:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67640);var s=r(13333);var a=r(56049);var i;if(n()){i=s}else{i=a}e.exports=i},84241:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(97696);e.exports=n},97696:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
e.exports=Number},6075:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67014);e.exports=n},67014:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2882);var s=r(30222);var a=r(11877);function exponent(e){var t=n(e);t=(t&s)>>>20;return t-a|0}e.exports=exponent},17844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(15259);e.exports=n},99593:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;var a;var i;if(n===true){a=1;i=0}else{a=0;i=1}s={HIGH:a,LOW:i};e.exports=s},15259:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var a=r(99593);var i=new s(1);var o=new n(i.buffer);var c=a.HIGH;var l=a.LOW;function fromWords(e,t){o[c]=e;o[l]=t;return i[0]}e.exports=fromWords},69828:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;if(n===true){s=1}else{s=0}e.exports=s},2882:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(16053);e.exports=n},16053:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var a=r(69828);var i=new s(1);var o=new n(i.buffer);function getHighWord(e){i[0]=e;return o[a]}e.exports=getHighWord},31662:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(23761);e.exports=n},75844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;if(n===true){s=0}else{s=1}e.exports=s},23761:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var a=r(75844);var i=new s(1);var o=new n(i.buffer);function getLowWord(e){i[0]=e;return o[a]}e.exports=getLowWord},40750:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(55417);var s=r(57234);var a=r(86523);var i=r(66260);var o=4503599627370496;function normalize(e,t,r,c){if(a(e)||s(e)){t[c]=e;t[c+r]=0;return t}if(e!==0&&i(e)<n){t[c]=e*o;t[c+r]=-52;return t}t[c]=e;t[c+r]=0;return t}e.exports=normalize},79335:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(86754);var a=r(40750);n(s,"assign",a);e.exports=s},86754:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40750);function normalize(e){return n(e,[0,0],1,0)}e.exports=normalize},72880:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;if(n===true){s=1}else{s=0}e.exports=s},45990:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(96921);e.exports=n},96921:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var a=r(72880);var i=new s(1);var o=new n(i.buffer);function setHighWord(e,t){i[0]=e;o[a]=t>>>0;return i[0]}e.exports=setHighWord},23786:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(10253);e.exports=n},79760:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;if(n===true){s=0}else{s=1}e.exports=s},10253:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var a=r(79760);var i=new s(1);var o=new n(i.buffer);function setLowWord(e,t){i[0]=e;o[a]=t>>>0;return i[0]}e.exports=setLowWord},42751:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var a=r(33808);var i=new s(1);var o=new n(i.buffer);var c=a.HIGH;var l=a.LOW;function toWords(e,t,r,n){i[0]=e;t[n]=o[c];t[n+r]=o[l];return t}e.exports=toWords},87949:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(16364);var a=r(42751);n(s,"assign",a);e.exports=s},33808:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;var a;var i;if(n===true){a=1;i=0}else{a=0;i=1}s={HIGH:a,LOW:i};e.exports=s},16364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(42751);function toWords(e){return n(e,[0>>>0,0>>>0],1,0)}e.exports=toWords},86519:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(73234);e.exports=n},73234:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function uint32ToInt32(e){return e|0}e.exports=uint32ToInt32},19073:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3084);var s=r(86523);function factory(e){if(s(e)){return n(NaN)}return cdf;function cdf(t){if(s(t)){return NaN}return t<e?0:1}}e.exports=factory},46603:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(97782);var a=r(19073);n(s,"factory",a);e.exports=s},97782:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86523);function cdf(e,t){if(n(e)||n(t)){return NaN}return e<t?0:1}e.exports=cdf},21250:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3084);var s=r(46603).factory;var a=r(86523);var i=r(15478);var o=r(30988);function factory(e,t){var r;if(a(e)||a(t)||t<0){return n(NaN)}if(t===0){return s(e)}r=t*i(2);return cdf;function cdf(t){var n;if(a(t)){return NaN}n=t-e;return.5*o(-n/r)}}e.exports=factory},72484:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(21643);var a=r(21250);n(s,"factory",a);e.exports=s},21643:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(30988);var s=r(15478);var a=r(86523);function cdf(e,t,r){var i;var o;if(a(e)||a(t)||a(r)||r<0){return NaN}if(r===0){return e<t?0:1}i=r*s(2);o=e-t;return.5*n(-o/i)}e.exports=cdf},32335:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3084);var s=r(89986);var a=r(86523);var i=r(6310);function factory(e){if(a(e)||e<=0){return n(NaN)}return cdf;function cdf(t){var r;var n;var o;if(a(t)){return NaN}if(t===0){return.5}r=i(t,2);if(e>2*r){o=r/(e+r);n=s(o,.5,e/2,true,true)/2}else{o=e/(e+r);n=s(o,e/2,.5,true,false)/2}return t>0?1-n:n}}e.exports=factory},86021:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(61044);var a=r(32335);n(s,"factory",a);e.exports=s},61044:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(89986);var s=r(86523);var a=r(6310);function cdf(e,t){var r;var i;var o;if(s(e)||s(t)||t<=0){return NaN}if(e===0){return.5}r=a(e,2);if(t>2*r){o=r/(t+r);i=n(o,.5,t/2,true,true)/2}else{o=t/(t+r);i=n(o,t/2,.5,true,false)/2}return e>0?1-i:i}e.exports=cdf},62077:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3084);var s=r(61489);var a=r(86523);var i=r(79079);var o=r(15478);function factory(e){if(a(e)||e<=0){return n(NaN)}return quantile;function quantile(t){var r;var n;if(a(t)||t<0||t>1){return NaN}r=t>.5?1-t:t;n=s(e/2,.5,2*r,1-2*r);return i(t-.5)*o(e*n[1]/n[0])}}e.exports=factory},74455:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(75186);var a=r(62077);n(s,"factory",a);e.exports=s},75186:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(61489);var s=r(86523);var a=r(79079);var i=r(15478);function quantile(e,t){var r;var o;if(s(t)||s(e)||t<=0||e<0||e>1){return NaN}r=e>.5?1-e:e;o=n(t/2,.5,2*r,1-2*r);return a(e-.5)*i(t*o[1]/o[0])}e.exports=quantile},92029:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.abs;var r=String.prototype.toLowerCase;var n=String.prototype.toUpperCase;var s=String.prototype.replace;var a=/e\+(\d)$/;var i=/e-(\d)$/;var o=/^(\d+)$/;var c=/^(\d+)e/;var l=/\.0$/;var f=/\.0*e/;var u=/(\..*[^0])0*e/;function formatDouble(e,d){var p;var h;switch(d.specifier){case"e":case"E":h=e.toExponential(d.precision);break;case"f":case"F":h=e.toFixed(d.precision);break;case"g":case"G":if(t(e)<1e-4){p=d.precision;if(p>0){p-=1}h=e.toExponential(p)}else{h=e.toPrecision(d.precision)}if(!d.alternate){h=s.call(h,u,"$1e");h=s.call(h,f,"e");h=s.call(h,l,"")}break;default:throw new Error("invalid double notation. Value: "+d.specifier)}h=s.call(h,a,"e+0$1");h=s.call(h,i,"e-0$1");if(d.alternate){h=s.call(h,o,"$1.");h=s.call(h,c,"$1.e")}if(e>=0&&d.sign){h=d.sign+h}h=d.specifier===n.call(d.specifier)?n.call(h):r.call(h);return h}e.exports=formatDouble},91836:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86392);var s=r(20122);var a=String.prototype.toLowerCase;var i=String.prototype.toUpperCase;function formatInteger(e){var t;var r;var o;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;case"d":case"i":case"u":default:t=10;break}r=e.arg;o=parseInt(r,10);if(!isFinite(o)){if(!n(r)){throw new Error("invalid integer. Value: "+r)}o=0}if(o<0&&(e.specifier==="u"||t!==10)){o=4294967295+o+1}if(o<0){r=(-o).toString(t);if(e.precision){r=s(r,e.precision,e.padRight)}r="-"+r}else{r=o.toString(t);if(!o&&!e.precision){r=""}else if(e.precision){r=s(r,e.precision,e.padRight)}if(e.sign){r=e.sign+r}}if(t===16){if(e.alternate){r="0x"+r}r=e.specifier===i.call(e.specifier)?i.call(r):a.call(r)}if(t===8){if(e.alternate&&r.charAt(0)!=="0"){r="0"+r}}return r}e.exports=formatInteger},50024:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(84879);e.exports=n},86392:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isNumber(e){return typeof e==="number"}e.exports=isNumber},97852:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(e){return typeof e==="string"}e.exports=isString},84879:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(91836);var s=r(97852);var a=r(86392);var i=r(92029);var o=r(34484);var c=r(20122);var l=String.fromCharCode;var f=Array.isArray;function isnan(e){return e!==e}function initialize(e){var t={};t.specifier=e.specifier;t.precision=e.precision===void 0?1:e.precision;t.width=e.width;t.flags=e.flags||"";t.mapping=e.mapping;return t}function formatInterpolate(e){var t;var r;var u;var d;var p;var h;var m;var v;var y;var g;if(!f(e)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.")}h="";m=1;for(y=0;y<e.length;y++){u=e[y];if(s(u)){h+=u}else{t=u.precision!==void 0;u=initialize(u);if(!u.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+y+"`. Value: `"+u+"`.")}if(u.mapping){m=u.mapping}r=u.flags;for(g=0;g<r.length;g++){d=r.charAt(g);switch(d){case" ":u.sign=" ";break;case"+":u.sign="+";break;case"-":u.padRight=true;u.padZeros=false;break;case"0":u.padZeros=r.indexOf("-")<0;break;case"#":u.alternate=true;break;default:throw new Error("invalid flag: "+d)}}if(u.width==="*"){u.width=parseInt(arguments[m],10);m+=1;if(isnan(u.width)){throw new TypeError("the argument for * width at position "+m+" is not a number. Value: `"+u.width+"`.")}if(u.width<0){u.padRight=true;u.width=-u.width}}if(t){if(u.precision==="*"){u.precision=parseInt(arguments[m],10);m+=1;if(isnan(u.precision)){throw new TypeError("the argument for * precision at position "+m+" is not a number. Value: `"+u.precision+"`.")}if(u.precision<0){u.precision=1;t=false}}}u.arg=arguments[m];switch(u.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(t){u.padZeros=false}u.arg=n(u);break;case"s":u.maxWidth=t?u.precision:-1;u.arg=String(u.arg);break;case"c":if(!isnan(u.arg)){p=parseInt(u.arg,10);if(p<0||p>127){throw new Error("invalid character code. Value: "+u.arg)}u.arg=isnan(p)?String(u.arg):l(p)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!t){u.precision=6}v=parseFloat(u.arg);if(!isFinite(v)){if(!a(u.arg)){throw new Error("invalid floating-point number. Value: "+h)}v=u.arg;u.padZeros=false}u.arg=i(v,u);break;default:throw new Error("invalid specifier: "+u.specifier)}if(u.maxWidth>=0&&u.arg.length>u.maxWidth){u.arg=u.arg.substring(0,u.maxWidth)}if(u.padZeros){u.arg=c(u.arg,u.width||u.precision,u.padRight)}else if(u.width){u.arg=o(u.arg,u.width,u.padRight)}h+=u.arg||"";m+=1}}return h}e.exports=formatInterpolate},34484:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function spaces(e){var t="";var r;for(r=0;r<e;r++){t+=" "}return t}function spacePad(e,t,r){var n=t-e.length;if(n<0){return e}e=r?e+spaces(n):spaces(n)+e;return e}e.exports=spacePad},20122:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function startsWithMinus(e){return e[0]==="-"}function zeros(e){var t="";var r;for(r=0;r<e;r++){t+="0"}return t}function zeroPad(e,t,r){var n=false;var s=t-e.length;if(s<0){return e}if(startsWithMinus(e)){n=true;e=e.substr(1)}e=r?e+zeros(s):zeros(s)+e;if(n){e="-"+e}return e}e.exports=zeroPad},19340:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(58755);e.exports=n},58755:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};if(e[4]==="."&&e[5]===void 0){t.precision="1"}return t}function formatTokenize(e){var r;var n;var s;var a;n=[];a=0;s=t.exec(e);while(s){r=e.slice(a,t.lastIndex-s[0].length);if(r.length){n.push(r)}if(s[6]==="%"){n.push("%")}else{n.push(parse(s))}a=t.lastIndex;s=t.exec(e)}r=e.slice(a);if(r.length){n.push(r)}return n}e.exports=formatTokenize},17760:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(63191);e.exports=n},28676:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(e){return typeof e==="string"}e.exports=isString},63191:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50024);var s=r(19340);var a=r(28676);function format(e){var t;var r;if(!a(e)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",e))}t=[s(e)];for(r=1;r<arguments.length;r++){t.push(arguments[r])}return n.apply(null,t)}e.exports=format},32038:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(62873);e.exports=n},62873:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Symbol==="function"?Symbol:void 0;e.exports=t},3084:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(8675);e.exports=n},8675:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function wrap(e){return constantFunction;function constantFunction(){return e}}e.exports=wrap},4568:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(26239);e.exports=n},26239:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50708);function setNonEnumerableReadOnly(e,t,r){n(e,t,{configurable:false,enumerable:false,writable:false,value:r})}e.exports=setNonEnumerableReadOnly},97619:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.defineProperty;e.exports=t},15141:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Object.defineProperty==="function"?Object.defineProperty:null;e.exports=t},32342:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(15141);function hasDefinePropertySupport(){try{n({},"x",{});return true}catch(e){return false}}e.exports=hasDefinePropertySupport},50708:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(32342);var s=r(97619);var a=r(80061);var i;if(n()){i=s}else{i=a}e.exports=i},80061:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(17760);var s=Object.prototype;var a=s.toString;var i=s.__defineGetter__;var o=s.__defineSetter__;var c=s.__lookupGetter__;var l=s.__lookupSetter__;function defineProperty(e,t,r){var f;var u;var d;var p;if(typeof e!=="object"||e===null||a.call(e)==="[object Array]"){throw new TypeError(n("invalid argument. First argument must be an object. Value: `%s`.",e))}if(typeof r!=="object"||r===null||a.call(r)==="[object Array]"){throw new TypeError(n("invalid argument. Property descriptor must be an object. Value: `%s`.",r))}u="value"in r;if(u){if(c.call(e,t)||l.call(e,t)){f=e.__proto__;e.__proto__=s;delete e[t];e[t]=r.value;e.__proto__=f}else{e[t]=r.value}}d="get"in r;p="set"in r;if(u&&(d||p)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(d&&i){i.call(e,t,r.get)}if(p&&o){o.call(e,t,r.set)}return e}e.exports=defineProperty},13595:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=eval;e.exports=t},547:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9501);var s=r(31006);var a=r(9728);var i;if(n()){i=a}else{i=s}e.exports=i},31006:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(55763);function nativeClass(e){return n.call(e)}e.exports=nativeClass},9728:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(31907);var s=r(94499);var a=r(55763);function nativeClass(e){var t;var r;var i;if(e===null||e===void 0){return a.call(e)}r=e[s];t=n(e,s);try{e[s]=void 0}catch(t){return a.call(e)}i=a.call(e);if(t){e[s]=r}else{delete e[s]}return i}e.exports=nativeClass},55763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.toString;e.exports=t},94499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(32038);var s=typeof n==="function"?n.toStringTag:"";e.exports=s},10779:(e,t)=>{Object.defineProperty(t,"__esModule",{value:true});t.formatNames=t.fastFormats=t.fullFormats=void 0;function fmtDef(e,t){return{validate:e,compare:t}}t.fullFormats={date:fmtDef(date,compareDate),time:fmtDef(getTime(true),compareTime),"date-time":fmtDef(getDateTime(true),compareDateTime),"iso-time":fmtDef(getTime(),compareIsoTime),"iso-date-time":fmtDef(getDateTime(),compareIsoDateTime),duration:/^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,uri:uri,"uri-reference":/^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,"uri-template":/^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,url:/^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,email:/^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,hostname:/^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,ipv4:/^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,ipv6:/^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,regex:regex,uuid:/^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,"json-pointer":/^(?:\/(?:[^~/]|~0|~1)*)*$/,"json-pointer-uri-fragment":/^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,"relative-json-pointer":/^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,byte:byte,int32:{type:"number",validate:validateInt32},int64:{type:"number",validate:validateInt64},float:{type:"number",validate:validateNumber},double:{type:"number",validate:validateNumber},password:true,binary:true};t.fastFormats={...t.fullFormats,date:fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/,compareDate),time:fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,compareTime),"date-time":fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,compareDateTime),"iso-time":fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,compareIsoTime),"iso-date-time":fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,compareIsoDateTime),uri:/^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,"uri-reference":/^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,email:/^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i};t.formatNames=Object.keys(t.fullFormats);function isLeapYear(e){return e%4===0&&(e%100!==0||e%400===0)}const r=/^(\d\d\d\d)-(\d\d)-(\d\d)$/;const n=[0,31,28,31,30,31,30,31,31,30,31,30,31];function date(e){const t=r.exec(e);if(!t)return false;const s=+t[1];const a=+t[2];const i=+t[3];return a>=1&&a<=12&&i>=1&&i<=(a===2&&isLeapYear(s)?29:n[a])}function compareDate(e,t){if(!(e&&t))return undefined;if(e>t)return 1;if(e<t)return-1;return 0}const s=/^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;function getTime(e){return function time(t){const r=s.exec(t);if(!r)return false;const n=+r[1];const a=+r[2];const i=+r[3];const o=r[4];const c=r[5]==="-"?-1:1;const l=+(r[6]||0);const f=+(r[7]||0);if(l>23||f>59||e&&!o)return false;if(n<=23&&a<=59&&i<60)return true;const u=a-f*c;const d=n-l*c-(u<0?1:0);return(d===23||d===-1)&&(u===59||u===-1)&&i<61}}function compareTime(e,t){if(!(e&&t))return undefined;const r=new Date("2020-01-01T"+e).valueOf();const n=new Date("2020-01-01T"+t).valueOf();if(!(r&&n))return undefined;return r-n}function compareIsoTime(e,t){if(!(e&&t))return undefined;const r=s.exec(e);const n=s.exec(t);if(!(r&&n))return undefined;e=r[1]+r[2]+r[3];t=n[1]+n[2]+n[3];if(e>t)return 1;if(e<t)return-1;return 0}const a=/t|\s/i;function getDateTime(e){const t=getTime(e);return function date_time(e){const r=e.split(a);return r.length===2&&date(r[0])&&t(r[1])}}function compareDateTime(e,t){if(!(e&&t))return undefined;const r=new Date(e).valueOf();const n=new Date(t).valueOf();if(!(r&&n))return undefined;return r-n}function compareIsoDateTime(e,t){if(!(e&&t))return undefined;const[r,n]=e.split(a);const[s,i]=t.split(a);const o=compareDate(r,s);if(o===undefined)return undefined;return o||compareTime(n,i)}const i=/\/|:/;const o=/^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;function uri(e){return i.test(e)&&o.test(e)}const c=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;function byte(e){c.lastIndex=0;return c.test(e)}const l=-(2**31);const f=2**31-1;function validateInt32(e){return Number.isInteger(e)&&e<=f&&e>=l}function validateInt64(e){return Number.isInteger(e)}function validateNumber(){return true}const u=/[^\\]\\Z/;function regex(e){if(u.test(e))return false;try{new RegExp(e);return true}catch(e){return false}}},82815:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(10779);const s=r(51284);const a=r(81436);const i=new a.Name("fullFormats");const o=new a.Name("fastFormats");const formatsPlugin=(e,t={keywords:true})=>{if(Array.isArray(t)){addFormats(e,t,n.fullFormats,i);return e}const[r,a]=t.mode==="fast"?[n.fastFormats,o]:[n.fullFormats,i];const c=t.formats||n.formatNames;addFormats(e,c,r,a);if(t.keywords)(0,s.default)(e);return e};formatsPlugin.get=(e,t="full")=>{const r=t==="fast"?n.fastFormats:n.fullFormats;const s=r[e];if(!s)throw new Error(`Unknown format "${e}"`);return s};function addFormats(e,t,r,n){var s;var i;(s=(i=e.opts.code).formats)!==null&&s!==void 0?s:i.formats=(0,a._)`require("ajv-formats/dist/formats").${n}`;for(const n of t)e.addFormat(n,r[n])}e.exports=t=formatsPlugin;Object.defineProperty(t,"__esModule",{value:true});t["default"]=formatsPlugin},51284:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.formatLimitDefinition=void 0;const n=r(42463);const s=r(81436);const a=s.operators;const i={formatMaximum:{okStr:"<=",ok:a.LTE,fail:a.GT},formatMinimum:{okStr:">=",ok:a.GTE,fail:a.LT},formatExclusiveMaximum:{okStr:"<",ok:a.LT,fail:a.GTE},formatExclusiveMinimum:{okStr:">",ok:a.GT,fail:a.LTE}};const o={message:({keyword:e,schemaCode:t})=>(0,s.str)`should be ${i[e].okStr} ${t}`,params:({keyword:e,schemaCode:t})=>(0,s._)`{comparison: ${i[e].okStr}, limit: ${t}}`};t.formatLimitDefinition={keyword:Object.keys(i),type:"string",schemaType:"string",$data:true,error:o,code(e){const{gen:t,data:r,schemaCode:a,keyword:o,it:c}=e;const{opts:l,self:f}=c;if(!l.validateFormats)return;const u=new n.KeywordCxt(c,f.RULES.all.format.definition,"format");if(u.$data)validate$DataFormat();else validateFormat();function validate$DataFormat(){const r=t.scopeValue("formats",{ref:f.formats,code:l.code.formats});const n=t.const("fmt",(0,s._)`${r}[${u.schemaCode}]`);e.fail$data((0,s.or)((0,s._)`typeof ${n} != "object"`,(0,s._)`${n} instanceof RegExp`,(0,s._)`typeof ${n}.compare != "function"`,compareCode(n)))}function validateFormat(){const r=u.schema;const n=f.formats[r];if(!n||n===true)return;if(typeof n!="object"||n instanceof RegExp||typeof n.compare!="function"){throw new Error(`"${o}": format "${r}" does not define "compare" function`)}const a=t.scopeValue("formats",{key:r,ref:n,code:l.code.formats?(0,s._)`${l.code.formats}${(0,s.getProperty)(r)}`:undefined});e.fail$data(compareCode(a))}function compareCode(e){return(0,s._)`${e}.compare(${r}, ${a}) ${i[o].fail} 0`}},dependencies:["format"]};const formatLimitPlugin=e=>{e.addKeyword(t.formatLimitDefinition);return e};t["default"]=formatLimitPlugin},42463:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.MissingRefError=t.ValidationError=t.CodeGen=t.Name=t.nil=t.stringify=t.str=t._=t.KeywordCxt=t.Ajv=void 0;const n=r(63893);const s=r(39941);const a=r(28886);const i=r(72079);const o=["/properties"];const c="http://json-schema.org/draft-07/schema";class Ajv extends n.default{_addVocabularies(){super._addVocabularies();s.default.forEach(e=>this.addVocabulary(e));if(this.opts.discriminator)this.addKeyword(a.default)}_addDefaultMetaSchema(){super._addDefaultMetaSchema();if(!this.opts.meta)return;const e=this.opts.$data?this.$dataMetaSchema(i,o):i;this.addMetaSchema(e,c,false);this.refs["http://json-schema.org/schema"]=c}defaultMeta(){return this.opts.defaultMeta=super.defaultMeta()||(this.getSchema(c)?c:undefined)}}t.Ajv=Ajv;e.exports=t=Ajv;e.exports.Ajv=Ajv;Object.defineProperty(t,"__esModule",{value:true});t["default"]=Ajv;var l=r(87881);Object.defineProperty(t,"KeywordCxt",{enumerable:true,get:function(){return l.KeywordCxt}});var f=r(81436);Object.defineProperty(t,"_",{enumerable:true,get:function(){return f._}});Object.defineProperty(t,"str",{enumerable:true,get:function(){return f.str}});Object.defineProperty(t,"stringify",{enumerable:true,get:function(){return f.stringify}});Object.defineProperty(t,"nil",{enumerable:true,get:function(){return f.nil}});Object.defineProperty(t,"Name",{enumerable:true,get:function(){return f.Name}});Object.defineProperty(t,"CodeGen",{enumerable:true,get:function(){return f.CodeGen}});var u=r(33021);Object.defineProperty(t,"ValidationError",{enumerable:true,get:function(){return u.default}});var d=r(53162);Object.defineProperty(t,"MissingRefError",{enumerable:true,get:function(){return d.default}})},80567:(e,t)=>{Object.defineProperty(t,"__esModule",{value:true});t.regexpCode=t.getEsmExportName=t.getProperty=t.safeStringify=t.stringify=t.strConcat=t.addCodeArg=t.str=t._=t.nil=t._Code=t.Name=t.IDENTIFIER=t._CodeOrName=void 0;class _CodeOrName{}t._CodeOrName=_CodeOrName;t.IDENTIFIER=/^[a-z$_][a-z$_0-9]*$/i;class Name extends _CodeOrName{constructor(e){super();if(!t.IDENTIFIER.test(e))throw new Error("CodeGen: name must be a valid identifier");this.str=e}toString(){return this.str}emptyStr(){return false}get names(){return{[this.str]:1}}}t.Name=Name;class _Code extends _CodeOrName{constructor(e){super();this._items=typeof e==="string"?[e]:e}toString(){return this.str}emptyStr(){if(this._items.length>1)return false;const e=this._items[0];return e===""||e==='""'}get str(){var e;return(e=this._str)!==null&&e!==void 0?e:this._str=this._items.reduce((e,t)=>`${e}${t}`,"")}get names(){var e;return(e=this._names)!==null&&e!==void 0?e:this._names=this._items.reduce((e,t)=>{if(t instanceof Name)e[t.str]=(e[t.str]||0)+1;return e},{})}}t._Code=_Code;t.nil=new _Code("");function _(e,...t){const r=[e[0]];let n=0;while(n<t.length){addCodeArg(r,t[n]);r.push(e[++n])}return new _Code(r)}t._=_;const r=new _Code("+");function str(e,...t){const n=[safeStringify(e[0])];let s=0;while(s<t.length){n.push(r);addCodeArg(n,t[s]);n.push(r,safeStringify(e[++s]))}optimize(n);return new _Code(n)}t.str=str;function addCodeArg(e,t){if(t instanceof _Code)e.push(...t._items);else if(t instanceof Name)e.push(t);else e.push(interpolate(t))}t.addCodeArg=addCodeArg;function optimize(e){let t=1;while(t<e.length-1){if(e[t]===r){const r=mergeExprItems(e[t-1],e[t+1]);if(r!==undefined){e.splice(t-1,3,r);continue}e[t++]="+"}t++}}function mergeExprItems(e,t){if(t==='""')return e;if(e==='""')return t;if(typeof e=="string"){if(t instanceof Name||e[e.length-1]!=='"')return;if(typeof t!="string")return`${e.slice(0,-1)}${t}"`;if(t[0]==='"')return e.slice(0,-1)+t.slice(1);return}if(typeof t=="string"&&t[0]==='"'&&!(e instanceof Name))return`"${e}${t.slice(1)}`;return}function strConcat(e,t){return t.emptyStr()?e:e.emptyStr()?t:str`${e}${t}`}t.strConcat=strConcat;function interpolate(e){return typeof e=="number"||typeof e=="boolean"||e===null?e:safeStringify(Array.isArray(e)?e.join(","):e)}function stringify(e){return new _Code(safeStringify(e))}t.stringify=stringify;function safeStringify(e){return JSON.stringify(e).replace(/\u2028/g,"\\u2028").replace(/\u2029/g,"\\u2029")}t.safeStringify=safeStringify;function getProperty(e){return typeof e=="string"&&t.IDENTIFIER.test(e)?new _Code(`.${e}`):_`[${e}]`}t.getProperty=getProperty;function getEsmExportName(e){if(typeof e=="string"&&t.IDENTIFIER.test(e)){return new _Code(`${e}`)}throw new Error(`CodeGen: invalid export name: ${e}, use explicit $id name mapping`)}t.getEsmExportName=getEsmExportName;function regexpCode(e){return new _Code(e.toString())}t.regexpCode=regexpCode},81436:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.or=t.and=t.not=t.CodeGen=t.operators=t.varKinds=t.ValueScopeName=t.ValueScope=t.Scope=t.Name=t.regexpCode=t.stringify=t.getProperty=t.nil=t.strConcat=t.str=t._=void 0;const n=r(80567);const s=r(77788);var a=r(80567);Object.defineProperty(t,"_",{enumerable:true,get:function(){return a._}});Object.defineProperty(t,"str",{enumerable:true,get:function(){return a.str}});Object.defineProperty(t,"strConcat",{enumerable:true,get:function(){return a.strConcat}});Object.defineProperty(t,"nil",{enumerable:true,get:function(){return a.nil}});Object.defineProperty(t,"getProperty",{enumerable:true,get:function(){return a.getProperty}});Object.defineProperty(t,"stringify",{enumerable:true,get:function(){return a.stringify}});Object.defineProperty(t,"regexpCode",{enumerable:true,get:function(){return a.regexpCode}});Object.defineProperty(t,"Name",{enumerable:true,get:function(){return a.Name}});var i=r(77788);Object.defineProperty(t,"Scope",{enumerable:true,get:function(){return i.Scope}});Object.defineProperty(t,"ValueScope",{enumerable:true,get:function(){return i.ValueScope}});Object.defineProperty(t,"ValueScopeName",{enumerable:true,get:function(){return i.ValueScopeName}});Object.defineProperty(t,"varKinds",{enumerable:true,get:function(){return i.varKinds}});t.operators={GT:new n._Code(">"),GTE:new n._Code(">="),LT:new n._Code("<"),LTE:new n._Code("<="),EQ:new n._Code("==="),NEQ:new n._Code("!=="),NOT:new n._Code("!"),OR:new n._Code("||"),AND:new n._Code("&&"),ADD:new n._Code("+")};class Node{optimizeNodes(){return this}optimizeNames(e,t){return this}}class Def extends Node{constructor(e,t,r){super();this.varKind=e;this.name=t;this.rhs=r}render({es5:e,_n:t}){const r=e?s.varKinds.var:this.varKind;const n=this.rhs===undefined?"":` = ${this.rhs}`;return`${r} ${this.name}${n};`+t}optimizeNames(e,t){if(!e[this.name.str])return;if(this.rhs)this.rhs=optimizeExpr(this.rhs,e,t);return this}get names(){return this.rhs instanceof n._CodeOrName?this.rhs.names:{}}}class Assign extends Node{constructor(e,t,r){super();this.lhs=e;this.rhs=t;this.sideEffects=r}render({_n:e}){return`${this.lhs} = ${this.rhs};`+e}optimizeNames(e,t){if(this.lhs instanceof n.Name&&!e[this.lhs.str]&&!this.sideEffects)return;this.rhs=optimizeExpr(this.rhs,e,t);return this}get names(){const e=this.lhs instanceof n.Name?{}:{...this.lhs.names};return addExprNames(e,this.rhs)}}class AssignOp extends Assign{constructor(e,t,r,n){super(e,r,n);this.op=t}render({_n:e}){return`${this.lhs} ${this.op}= ${this.rhs};`+e}}class Label extends Node{constructor(e){super();this.label=e;this.names={}}render({_n:e}){return`${this.label}:`+e}}class Break extends Node{constructor(e){super();this.label=e;this.names={}}render({_n:e}){const t=this.label?` ${this.label}`:"";return`break${t};`+e}}class Throw extends Node{constructor(e){super();this.error=e}render({_n:e}){return`throw ${this.error};`+e}get names(){return this.error.names}}class AnyCode extends Node{constructor(e){super();this.code=e}render({_n:e}){return`${this.code};`+e}optimizeNodes(){return`${this.code}`?this:undefined}optimizeNames(e,t){this.code=optimizeExpr(this.code,e,t);return this}get names(){return this.code instanceof n._CodeOrName?this.code.names:{}}}class ParentNode extends Node{constructor(e=[]){super();this.nodes=e}render(e){return this.nodes.reduce((t,r)=>t+r.render(e),"")}optimizeNodes(){const{nodes:e}=this;let t=e.length;while(t--){const r=e[t].optimizeNodes();if(Array.isArray(r))e.splice(t,1,...r);else if(r)e[t]=r;else e.splice(t,1)}return e.length>0?this:undefined}optimizeNames(e,t){const{nodes:r}=this;let n=r.length;while(n--){const s=r[n];if(s.optimizeNames(e,t))continue;subtractNames(e,s.names);r.splice(n,1)}return r.length>0?this:undefined}get names(){return this.nodes.reduce((e,t)=>addNames(e,t.names),{})}}class BlockNode extends ParentNode{render(e){return"{"+e._n+super.render(e)+"}"+e._n}}class Root extends ParentNode{}class Else extends BlockNode{}Else.kind="else";class If extends BlockNode{constructor(e,t){super(t);this.condition=e}render(e){let t=`if(${this.condition})`+super.render(e);if(this.else)t+="else "+this.else.render(e);return t}optimizeNodes(){super.optimizeNodes();const e=this.condition;if(e===true)return this.nodes;let t=this.else;if(t){const e=t.optimizeNodes();t=this.else=Array.isArray(e)?new Else(e):e}if(t){if(e===false)return t instanceof If?t:t.nodes;if(this.nodes.length)return this;return new If(not(e),t instanceof If?[t]:t.nodes)}if(e===false||!this.nodes.length)return undefined;return this}optimizeNames(e,t){var r;this.else=(r=this.else)===null||r===void 0?void 0:r.optimizeNames(e,t);if(!(super.optimizeNames(e,t)||this.else))return;this.condition=optimizeExpr(this.condition,e,t);return this}get names(){const e=super.names;addExprNames(e,this.condition);if(this.else)addNames(e,this.else.names);return e}}If.kind="if";class For extends BlockNode{}For.kind="for";class ForLoop extends For{constructor(e){super();this.iteration=e}render(e){return`for(${this.iteration})`+super.render(e)}optimizeNames(e,t){if(!super.optimizeNames(e,t))return;this.iteration=optimizeExpr(this.iteration,e,t);return this}get names(){return addNames(super.names,this.iteration.names)}}class ForRange extends For{constructor(e,t,r,n){super();this.varKind=e;this.name=t;this.from=r;this.to=n}render(e){const t=e.es5?s.varKinds.var:this.varKind;const{name:r,from:n,to:a}=this;return`for(${t} ${r}=${n}; ${r}<${a}; ${r}++)`+super.render(e)}get names(){const e=addExprNames(super.names,this.from);return addExprNames(e,this.to)}}class ForIter extends For{constructor(e,t,r,n){super();this.loop=e;this.varKind=t;this.name=r;this.iterable=n}render(e){return`for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})`+super.render(e)}optimizeNames(e,t){if(!super.optimizeNames(e,t))return;this.iterable=optimizeExpr(this.iterable,e,t);return this}get names(){return addNames(super.names,this.iterable.names)}}class Func extends BlockNode{constructor(e,t,r){super();this.name=e;this.args=t;this.async=r}render(e){const t=this.async?"async ":"";return`${t}function ${this.name}(${this.args})`+super.render(e)}}Func.kind="func";class Return extends ParentNode{render(e){return"return "+super.render(e)}}Return.kind="return";class Try extends BlockNode{render(e){let t="try"+super.render(e);if(this.catch)t+=this.catch.render(e);if(this.finally)t+=this.finally.render(e);return t}optimizeNodes(){var e,t;super.optimizeNodes();(e=this.catch)===null||e===void 0?void 0:e.optimizeNodes();(t=this.finally)===null||t===void 0?void 0:t.optimizeNodes();return this}optimizeNames(e,t){var r,n;super.optimizeNames(e,t);(r=this.catch)===null||r===void 0?void 0:r.optimizeNames(e,t);(n=this.finally)===null||n===void 0?void 0:n.optimizeNames(e,t);return this}get names(){const e=super.names;if(this.catch)addNames(e,this.catch.names);if(this.finally)addNames(e,this.finally.names);return e}}class Catch extends BlockNode{constructor(e){super();this.error=e}render(e){return`catch(${this.error})`+super.render(e)}}Catch.kind="catch";class Finally extends BlockNode{render(e){return"finally"+super.render(e)}}Finally.kind="finally";class CodeGen{constructor(e,t={}){this._values={};this._blockStarts=[];this._constants={};this.opts={...t,_n:t.lines?"\n":""};this._extScope=e;this._scope=new s.Scope({parent:e});this._nodes=[new Root]}toString(){return this._root.render(this.opts)}name(e){return this._scope.name(e)}scopeName(e){return this._extScope.name(e)}scopeValue(e,t){const r=this._extScope.value(e,t);const n=this._values[r.prefix]||(this._values[r.prefix]=new Set);n.add(r);return r}getScopeValue(e,t){return this._extScope.getValue(e,t)}scopeRefs(e){return this._extScope.scopeRefs(e,this._values)}scopeCode(){return this._extScope.scopeCode(this._values)}_def(e,t,r,n){const s=this._scope.toName(t);if(r!==undefined&&n)this._constants[s.str]=r;this._leafNode(new Def(e,s,r));return s}const(e,t,r){return this._def(s.varKinds.const,e,t,r)}let(e,t,r){return this._def(s.varKinds.let,e,t,r)}var(e,t,r){return this._def(s.varKinds.var,e,t,r)}assign(e,t,r){return this._leafNode(new Assign(e,t,r))}add(e,r){return this._leafNode(new AssignOp(e,t.operators.ADD,r))}code(e){if(typeof e=="function")e();else if(e!==n.nil)this._leafNode(new AnyCode(e));return this}object(...e){const t=["{"];for(const[r,s]of e){if(t.length>1)t.push(",");t.push(r);if(r!==s||this.opts.es5){t.push(":");(0,n.addCodeArg)(t,s)}}t.push("}");return new n._Code(t)}if(e,t,r){this._blockNode(new If(e));if(t&&r){this.code(t).else().code(r).endIf()}else if(t){this.code(t).endIf()}else if(r){throw new Error('CodeGen: "else" body without "then" body')}return this}elseIf(e){return this._elseNode(new If(e))}else(){return this._elseNode(new Else)}endIf(){return this._endBlockNode(If,Else)}_for(e,t){this._blockNode(e);if(t)this.code(t).endFor();return this}for(e,t){return this._for(new ForLoop(e),t)}forRange(e,t,r,n,a=(this.opts.es5?s.varKinds.var:s.varKinds.let)){const i=this._scope.toName(e);return this._for(new ForRange(a,i,t,r),()=>n(i))}forOf(e,t,r,a=s.varKinds.const){const i=this._scope.toName(e);if(this.opts.es5){const e=t instanceof n.Name?t:this.var("_arr",t);return this.forRange("_i",0,(0,n._)`${e}.length`,t=>{this.var(i,(0,n._)`${e}[${t}]`);r(i)})}return this._for(new ForIter("of",a,i,t),()=>r(i))}forIn(e,t,r,a=(this.opts.es5?s.varKinds.var:s.varKinds.const)){if(this.opts.ownProperties){return this.forOf(e,(0,n._)`Object.keys(${t})`,r)}const i=this._scope.toName(e);return this._for(new ForIter("in",a,i,t),()=>r(i))}endFor(){return this._endBlockNode(For)}label(e){return this._leafNode(new Label(e))}break(e){return this._leafNode(new Break(e))}return(e){const t=new Return;this._blockNode(t);this.code(e);if(t.nodes.length!==1)throw new Error('CodeGen: "return" should have one node');return this._endBlockNode(Return)}try(e,t,r){if(!t&&!r)throw new Error('CodeGen: "try" without "catch" and "finally"');const n=new Try;this._blockNode(n);this.code(e);if(t){const e=this.name("e");this._currNode=n.catch=new Catch(e);t(e)}if(r){this._currNode=n.finally=new Finally;this.code(r)}return this._endBlockNode(Catch,Finally)}throw(e){return this._leafNode(new Throw(e))}block(e,t){this._blockStarts.push(this._nodes.length);if(e)this.code(e).endBlock(t);return this}endBlock(e){const t=this._blockStarts.pop();if(t===undefined)throw new Error("CodeGen: not in self-balancing block");const r=this._nodes.length-t;if(r<0||e!==undefined&&r!==e){throw new Error(`CodeGen: wrong number of nodes: ${r} vs ${e} expected`)}this._nodes.length=t;return this}func(e,t=n.nil,r,s){this._blockNode(new Func(e,t,r));if(s)this.code(s).endFunc();return this}endFunc(){return this._endBlockNode(Func)}optimize(e=1){while(e-- >0){this._root.optimizeNodes();this._root.optimizeNames(this._root.names,this._constants)}}_leafNode(e){this._currNode.nodes.push(e);return this}_blockNode(e){this._currNode.nodes.push(e);this._nodes.push(e)}_endBlockNode(e,t){const r=this._currNode;if(r instanceof e||t&&r instanceof t){this._nodes.pop();return this}throw new Error(`CodeGen: not in block "${t?`${e.kind}/${t.kind}`:e.kind}"`)}_elseNode(e){const t=this._currNode;if(!(t instanceof If)){throw new Error('CodeGen: "else" without "if"')}this._currNode=t.else=e;return this}get _root(){return this._nodes[0]}get _currNode(){const e=this._nodes;return e[e.length-1]}set _currNode(e){const t=this._nodes;t[t.length-1]=e}}t.CodeGen=CodeGen;function addNames(e,t){for(const r in t)e[r]=(e[r]||0)+(t[r]||0);return e}function addExprNames(e,t){return t instanceof n._CodeOrName?addNames(e,t.names):e}function optimizeExpr(e,t,r){if(e instanceof n.Name)return replaceName(e);if(!canOptimize(e))return e;return new n._Code(e._items.reduce((e,t)=>{if(t instanceof n.Name)t=replaceName(t);if(t instanceof n._Code)e.push(...t._items);else e.push(t);return e},[]));function replaceName(e){const n=r[e.str];if(n===undefined||t[e.str]!==1)return e;delete t[e.str];return n}function canOptimize(e){return e instanceof n._Code&&e._items.some(e=>e instanceof n.Name&&t[e.str]===1&&r[e.str]!==undefined)}}function subtractNames(e,t){for(const r in t)e[r]=(e[r]||0)-(t[r]||0)}function not(e){return typeof e=="boolean"||typeof e=="number"||e===null?!e:(0,n._)`!${par(e)}`}t.not=not;const o=mappend(t.operators.AND);function and(...e){return e.reduce(o)}t.and=and;const c=mappend(t.operators.OR);function or(...e){return e.reduce(c)}t.or=or;function mappend(e){return(t,r)=>t===n.nil?r:r===n.nil?t:(0,n._)`${par(t)} ${e} ${par(r)}`}function par(e){return e instanceof n.Name?e:(0,n._)`(${e})`}},77788:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.ValueScope=t.ValueScopeName=t.Scope=t.varKinds=t.UsedValueState=void 0;const n=r(80567);class ValueError extends Error{constructor(e){super(`CodeGen: "code" for ${e} not defined`);this.value=e.value}}var s;(function(e){e[e["Started"]=0]="Started";e[e["Completed"]=1]="Completed"})(s||(t.UsedValueState=s={}));t.varKinds={const:new n.Name("const"),let:new n.Name("let"),var:new n.Name("var")};class Scope{constructor({prefixes:e,parent:t}={}){this._names={};this._prefixes=e;this._parent=t}toName(e){return e instanceof n.Name?e:this.name(e)}name(e){return new n.Name(this._newName(e))}_newName(e){const t=this._names[e]||this._nameGroup(e);return`${e}${t.index++}`}_nameGroup(e){var t,r;if(((r=(t=this._parent)===null||t===void 0?void 0:t._prefixes)===null||r===void 0?void 0:r.has(e))||this._prefixes&&!this._prefixes.has(e)){throw new Error(`CodeGen: prefix "${e}" is not allowed in this scope`)}return this._names[e]={prefix:e,index:0}}}t.Scope=Scope;class ValueScopeName extends n.Name{constructor(e,t){super(t);this.prefix=e}setValue(e,{property:t,itemIndex:r}){this.value=e;this.scopePath=(0,n._)`.${new n.Name(t)}[${r}]`}}t.ValueScopeName=ValueScopeName;const a=(0,n._)`\n`;class ValueScope extends Scope{constructor(e){super(e);this._values={};this._scope=e.scope;this.opts={...e,_n:e.lines?a:n.nil}}get(){return this._scope}name(e){return new ValueScopeName(e,this._newName(e))}value(e,t){var r;if(t.ref===undefined)throw new Error("CodeGen: ref must be passed in value");const n=this.toName(e);const{prefix:s}=n;const a=(r=t.key)!==null&&r!==void 0?r:t.ref;let i=this._values[s];if(i){const e=i.get(a);if(e)return e}else{i=this._values[s]=new Map}i.set(a,n);const o=this._scope[s]||(this._scope[s]=[]);const c=o.length;o[c]=t.ref;n.setValue(t,{property:s,itemIndex:c});return n}getValue(e,t){const r=this._values[e];if(!r)return;return r.get(t)}scopeRefs(e,t=this._values){return this._reduceValues(t,t=>{if(t.scopePath===undefined)throw new Error(`CodeGen: name "${t}" has no value`);return(0,n._)`${e}${t.scopePath}`})}scopeCode(e=this._values,t,r){return this._reduceValues(e,e=>{if(e.value===undefined)throw new Error(`CodeGen: name "${e}" has no value`);return e.value.code},t,r)}_reduceValues(e,r,a={},i){let o=n.nil;for(const c in e){const l=e[c];if(!l)continue;const f=a[c]=a[c]||new Map;l.forEach(e=>{if(f.has(e))return;f.set(e,s.Started);let a=r(e);if(a){const r=this.opts.es5?t.varKinds.var:t.varKinds.const;o=(0,n._)`${o}${r} ${e} = ${a};${this.opts._n}`}else if(a=i===null||i===void 0?void 0:i(e)){o=(0,n._)`${o}${a}${this.opts._n}`}else{throw new ValueError(e)}f.set(e,s.Completed)})}return o}}t.ValueScope=ValueScope},81283:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.extendErrors=t.resetErrorsCount=t.reportExtraError=t.reportError=t.keyword$DataError=t.keywordError=void 0;const n=r(81436);const s=r(84464);const a=r(90630);t.keywordError={message:({keyword:e})=>(0,n.str)`must pass "${e}" keyword validation`};t.keyword$DataError={message:({keyword:e,schemaType:t})=>t?(0,n.str)`"${e}" keyword must be ${t} ($data)`:(0,n.str)`"${e}" keyword is invalid ($data)`};function reportError(e,r=t.keywordError,s,a){const{it:i}=e;const{gen:o,compositeRule:c,allErrors:l}=i;const f=errorObjectCode(e,r,s);if(a!==null&&a!==void 0?a:c||l){addError(o,f)}else{returnErrors(i,(0,n._)`[${f}]`)}}t.reportError=reportError;function reportExtraError(e,r=t.keywordError,n){const{it:s}=e;const{gen:i,compositeRule:o,allErrors:c}=s;const l=errorObjectCode(e,r,n);addError(i,l);if(!(o||c)){returnErrors(s,a.default.vErrors)}}t.reportExtraError=reportExtraError;function resetErrorsCount(e,t){e.assign(a.default.errors,t);e.if((0,n._)`${a.default.vErrors} !== null`,()=>e.if(t,()=>e.assign((0,n._)`${a.default.vErrors}.length`,t),()=>e.assign(a.default.vErrors,null)))}t.resetErrorsCount=resetErrorsCount;function extendErrors({gen:e,keyword:t,schemaValue:r,data:s,errsCount:i,it:o}){if(i===undefined)throw new Error("ajv implementation error");const c=e.name("err");e.forRange("i",i,a.default.errors,i=>{e.const(c,(0,n._)`${a.default.vErrors}[${i}]`);e.if((0,n._)`${c}.instancePath === undefined`,()=>e.assign((0,n._)`${c}.instancePath`,(0,n.strConcat)(a.default.instancePath,o.errorPath)));e.assign((0,n._)`${c}.schemaPath`,(0,n.str)`${o.errSchemaPath}/${t}`);if(o.opts.verbose){e.assign((0,n._)`${c}.schema`,r);e.assign((0,n._)`${c}.data`,s)}})}t.extendErrors=extendErrors;function addError(e,t){const r=e.const("err",t);e.if((0,n._)`${a.default.vErrors} === null`,()=>e.assign(a.default.vErrors,(0,n._)`[${r}]`),(0,n._)`${a.default.vErrors}.push(${r})`);e.code((0,n._)`${a.default.errors}++`)}function returnErrors(e,t){const{gen:r,validateName:s,schemaEnv:a}=e;if(a.$async){r.throw((0,n._)`new ${e.ValidationError}(${t})`)}else{r.assign((0,n._)`${s}.errors`,t);r.return(false)}}const i={keyword:new n.Name("keyword"),schemaPath:new n.Name("schemaPath"),params:new n.Name("params"),propertyName:new n.Name("propertyName"),message:new n.Name("message"),schema:new n.Name("schema"),parentSchema:new n.Name("parentSchema")};function errorObjectCode(e,t,r){const{createErrors:s}=e.it;if(s===false)return(0,n._)`{}`;return errorObject(e,t,r)}function errorObject(e,t,r={}){const{gen:n,it:s}=e;const a=[errorInstancePath(s,r),errorSchemaPath(e,r)];extraErrorProps(e,t,a);return n.object(...a)}function errorInstancePath({errorPath:e},{instancePath:t}){const r=t?(0,n.str)`${e}${(0,s.getErrorPath)(t,s.Type.Str)}`:e;return[a.default.instancePath,(0,n.strConcat)(a.default.instancePath,r)]}function errorSchemaPath({keyword:e,it:{errSchemaPath:t}},{schemaPath:r,parentSchema:a}){let o=a?t:(0,n.str)`${t}/${e}`;if(r){o=(0,n.str)`${o}${(0,s.getErrorPath)(r,s.Type.Str)}`}return[i.schemaPath,o]}function extraErrorProps(e,{params:t,message:r},s){const{keyword:o,data:c,schemaValue:l,it:f}=e;const{opts:u,propertyName:d,topSchemaRef:p,schemaPath:h}=f;s.push([i.keyword,o],[i.params,typeof t=="function"?t(e):t||(0,n._)`{}`]);if(u.messages){s.push([i.message,typeof r=="function"?r(e):r])}if(u.verbose){s.push([i.schema,l],[i.parentSchema,(0,n._)`${p}${h}`],[a.default.data,c])}if(d)s.push([i.propertyName,d])}},2718:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.resolveSchema=t.getCompilingSchema=t.resolveRef=t.compileSchema=t.SchemaEnv=void 0;const n=r(81436);const s=r(33021);const a=r(90630);const i=r(24090);const o=r(84464);const c=r(87881);class SchemaEnv{constructor(e){var t;this.refs={};this.dynamicAnchors={};let r;if(typeof e.schema=="object")r=e.schema;this.schema=e.schema;this.schemaId=e.schemaId;this.root=e.root||this;this.baseId=(t=e.baseId)!==null&&t!==void 0?t:(0,i.normalizeId)(r===null||r===void 0?void 0:r[e.schemaId||"$id"]);this.schemaPath=e.schemaPath;this.localRefs=e.localRefs;this.meta=e.meta;this.$async=r===null||r===void 0?void 0:r.$async;this.refs={}}}t.SchemaEnv=SchemaEnv;function compileSchema(e){const t=getCompilingSchema.call(this,e);if(t)return t;const r=(0,i.getFullPath)(this.opts.uriResolver,e.root.baseId);const{es5:o,lines:l}=this.opts.code;const{ownProperties:f}=this.opts;const u=new n.CodeGen(this.scope,{es5:o,lines:l,ownProperties:f});let d;if(e.$async){d=u.scopeValue("Error",{ref:s.default,code:(0,n._)`require("ajv/dist/runtime/validation_error").default`})}const p=u.scopeName("validate");e.validateName=p;const h={gen:u,allErrors:this.opts.allErrors,data:a.default.data,parentData:a.default.parentData,parentDataProperty:a.default.parentDataProperty,dataNames:[a.default.data],dataPathArr:[n.nil],dataLevel:0,dataTypes:[],definedProperties:new Set,topSchemaRef:u.scopeValue("schema",this.opts.code.source===true?{ref:e.schema,code:(0,n.stringify)(e.schema)}:{ref:e.schema}),validateName:p,ValidationError:d,schema:e.schema,schemaEnv:e,rootId:r,baseId:e.baseId||r,schemaPath:n.nil,errSchemaPath:e.schemaPath||(this.opts.jtd?"":"#"),errorPath:(0,n._)`""`,opts:this.opts,self:this};let m;try{this._compilations.add(e);(0,c.validateFunctionCode)(h);u.optimize(this.opts.code.optimize);const t=u.toString();m=`${u.scopeRefs(a.default.scope)}return ${t}`;if(this.opts.code.process)m=this.opts.code.process(m,e);const r=new Function(`${a.default.self}`,`${a.default.scope}`,m);const s=r(this,this.scope.get());this.scope.value(p,{ref:s});s.errors=null;s.schema=e.schema;s.schemaEnv=e;if(e.$async)s.$async=true;if(this.opts.code.source===true){s.source={validateName:p,validateCode:t,scopeValues:u._values}}if(this.opts.unevaluated){const{props:e,items:t}=h;s.evaluated={props:e instanceof n.Name?undefined:e,items:t instanceof n.Name?undefined:t,dynamicProps:e instanceof n.Name,dynamicItems:t instanceof n.Name};if(s.source)s.source.evaluated=(0,n.stringify)(s.evaluated)}e.validate=s;return e}catch(t){delete e.validate;delete e.validateName;if(m)this.logger.error("Error compiling schema, function code:",m);throw t}finally{this._compilations.delete(e)}}t.compileSchema=compileSchema;function resolveRef(e,t,r){var n;r=(0,i.resolveUrl)(this.opts.uriResolver,t,r);const s=e.refs[r];if(s)return s;let a=resolve.call(this,e,r);if(a===undefined){const s=(n=e.localRefs)===null||n===void 0?void 0:n[r];const{schemaId:i}=this.opts;if(s)a=new SchemaEnv({schema:s,schemaId:i,root:e,baseId:t})}if(a===undefined)return;return e.refs[r]=inlineOrCompile.call(this,a)}t.resolveRef=resolveRef;function inlineOrCompile(e){if((0,i.inlineRef)(e.schema,this.opts.inlineRefs))return e.schema;return e.validate?e:compileSchema.call(this,e)}function getCompilingSchema(e){for(const t of this._compilations){if(sameSchemaEnv(t,e))return t}}t.getCompilingSchema=getCompilingSchema;function sameSchemaEnv(e,t){return e.schema===t.schema&&e.root===t.root&&e.baseId===t.baseId}function resolve(e,t){let r;while(typeof(r=this.refs[t])=="string")t=r;return r||this.schemas[t]||resolveSchema.call(this,e,t)}function resolveSchema(e,t){const r=this.opts.uriResolver.parse(t);const n=(0,i._getFullPath)(this.opts.uriResolver,r);let s=(0,i.getFullPath)(this.opts.uriResolver,e.baseId,undefined);if(Object.keys(e.schema).length>0&&n===s){return getJsonPointer.call(this,r,e)}const a=(0,i.normalizeId)(n);const o=this.refs[a]||this.schemas[a];if(typeof o=="string"){const t=resolveSchema.call(this,e,o);if(typeof(t===null||t===void 0?void 0:t.schema)!=="object")return;return getJsonPointer.call(this,r,t)}if(typeof(o===null||o===void 0?void 0:o.schema)!=="object")return;if(!o.validate)compileSchema.call(this,o);if(a===(0,i.normalizeId)(t)){const{schema:t}=o;const{schemaId:r}=this.opts;const n=t[r];if(n)s=(0,i.resolveUrl)(this.opts.uriResolver,s,n);return new SchemaEnv({schema:t,schemaId:r,root:e,baseId:s})}return getJsonPointer.call(this,r,o)}t.resolveSchema=resolveSchema;const l=new Set(["properties","patternProperties","enum","dependencies","definitions"]);function getJsonPointer(e,{baseId:t,schema:r,root:n}){var s;if(((s=e.fragment)===null||s===void 0?void 0:s[0])!=="/")return;for(const n of e.fragment.slice(1).split("/")){if(typeof r==="boolean")return;const e=r[(0,o.unescapeFragment)(n)];if(e===undefined)return;r=e;const s=typeof r==="object"&&r[this.opts.schemaId];if(!l.has(n)&&s){t=(0,i.resolveUrl)(this.opts.uriResolver,t,s)}}let a;if(typeof r!="boolean"&&r.$ref&&!(0,o.schemaHasRulesButRef)(r,this.RULES)){const e=(0,i.resolveUrl)(this.opts.uriResolver,t,r.$ref);a=resolveSchema.call(this,n,e)}const{schemaId:c}=this.opts;a=a||new SchemaEnv({schema:r,schemaId:c,root:n,baseId:t});if(a.schema!==a.root.schema)return a;return undefined}},90630:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s={data:new n.Name("data"),valCxt:new n.Name("valCxt"),instancePath:new n.Name("instancePath"),parentData:new n.Name("parentData"),parentDataProperty:new n.Name("parentDataProperty"),rootData:new n.Name("rootData"),dynamicAnchors:new n.Name("dynamicAnchors"),vErrors:new n.Name("vErrors"),errors:new n.Name("errors"),this:new n.Name("this"),self:new n.Name("self"),scope:new n.Name("scope"),json:new n.Name("json"),jsonPos:new n.Name("jsonPos"),jsonLen:new n.Name("jsonLen"),jsonPart:new n.Name("jsonPart")};t["default"]=s},53162:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(24090);class MissingRefError extends Error{constructor(e,t,r,s){super(s||`can't resolve reference ${r} from id ${t}`);this.missingRef=(0,n.resolveUrl)(e,t,r);this.missingSchema=(0,n.normalizeId)((0,n.getFullPath)(e,this.missingRef))}}t["default"]=MissingRefError},24090:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.getSchemaRefs=t.resolveUrl=t.normalizeId=t._getFullPath=t.getFullPath=t.inlineRef=void 0;const n=r(84464);const s=r(23430);const a=r(81167);const i=new Set(["type","format","pattern","maxLength","minLength","maxProperties","minProperties","maxItems","minItems","maximum","minimum","uniqueItems","multipleOf","required","enum","const"]);function inlineRef(e,t=true){if(typeof e=="boolean")return true;if(t===true)return!hasRef(e);if(!t)return false;return countKeys(e)<=t}t.inlineRef=inlineRef;const o=new Set(["$ref","$recursiveRef","$recursiveAnchor","$dynamicRef","$dynamicAnchor"]);function hasRef(e){for(const t in e){if(o.has(t))return true;const r=e[t];if(Array.isArray(r)&&r.some(hasRef))return true;if(typeof r=="object"&&hasRef(r))return true}return false}function countKeys(e){let t=0;for(const r in e){if(r==="$ref")return Infinity;t++;if(i.has(r))continue;if(typeof e[r]=="object"){(0,n.eachItem)(e[r],e=>t+=countKeys(e))}if(t===Infinity)return Infinity}return t}function getFullPath(e,t="",r){if(r!==false)t=normalizeId(t);const n=e.parse(t);return _getFullPath(e,n)}t.getFullPath=getFullPath;function _getFullPath(e,t){const r=e.serialize(t);return r.split("#")[0]+"#"}t._getFullPath=_getFullPath;const c=/#\/?$/;function normalizeId(e){return e?e.replace(c,""):""}t.normalizeId=normalizeId;function resolveUrl(e,t,r){r=normalizeId(r);return e.resolve(t,r)}t.resolveUrl=resolveUrl;const l=/^[a-z_][-a-z0-9._]*$/i;function getSchemaRefs(e,t){if(typeof e=="boolean")return{};const{schemaId:r,uriResolver:n}=this.opts;const i=normalizeId(e[r]||t);const o={"":i};const c=getFullPath(n,i,false);const f={};const u=new Set;a(e,{allKeys:true},(e,t,n,s)=>{if(s===undefined)return;const a=c+t;let i=o[s];if(typeof e[r]=="string")i=addRef.call(this,e[r]);addAnchor.call(this,e.$anchor);addAnchor.call(this,e.$dynamicAnchor);o[t]=i;function addRef(t){const r=this.opts.uriResolver.resolve;t=normalizeId(i?r(i,t):t);if(u.has(t))throw ambiguos(t);u.add(t);let n=this.refs[t];if(typeof n=="string")n=this.refs[n];if(typeof n=="object"){checkAmbiguosRef(e,n.schema,t)}else if(t!==normalizeId(a)){if(t[0]==="#"){checkAmbiguosRef(e,f[t],t);f[t]=e}else{this.refs[t]=a}}return t}function addAnchor(e){if(typeof e=="string"){if(!l.test(e))throw new Error(`invalid anchor "${e}"`);addRef.call(this,`#${e}`)}}});return f;function checkAmbiguosRef(e,t,r){if(t!==undefined&&!s(e,t))throw ambiguos(r)}function ambiguos(e){return new Error(`reference "${e}" resolves to more than one schema`)}}t.getSchemaRefs=getSchemaRefs},7353:(e,t)=>{Object.defineProperty(t,"__esModule",{value:true});t.getRules=t.isJSONType=void 0;const r=["string","number","integer","boolean","null","object","array"];const n=new Set(r);function isJSONType(e){return typeof e=="string"&&n.has(e)}t.isJSONType=isJSONType;function getRules(){const e={number:{type:"number",rules:[]},string:{type:"string",rules:[]},array:{type:"array",rules:[]},object:{type:"object",rules:[]}};return{types:{...e,integer:true,boolean:true,null:true},rules:[{rules:[]},e.number,e.string,e.array,e.object],post:{rules:[]},all:{},keywords:{}}}t.getRules=getRules},84464:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.checkStrictMode=t.getErrorPath=t.Type=t.useFunc=t.setEvaluated=t.evaluatedPropsToName=t.mergeEvaluated=t.eachItem=t.unescapeJsonPointer=t.escapeJsonPointer=t.escapeFragment=t.unescapeFragment=t.schemaRefOrVal=t.schemaHasRulesButRef=t.schemaHasRules=t.checkUnknownRules=t.alwaysValidSchema=t.toHash=void 0;const n=r(81436);const s=r(80567);function toHash(e){const t={};for(const r of e)t[r]=true;return t}t.toHash=toHash;function alwaysValidSchema(e,t){if(typeof t=="boolean")return t;if(Object.keys(t).length===0)return true;checkUnknownRules(e,t);return!schemaHasRules(t,e.self.RULES.all)}t.alwaysValidSchema=alwaysValidSchema;function checkUnknownRules(e,t=e.schema){const{opts:r,self:n}=e;if(!r.strictSchema)return;if(typeof t==="boolean")return;const s=n.RULES.keywords;for(const r in t){if(!s[r])checkStrictMode(e,`unknown keyword: "${r}"`)}}t.checkUnknownRules=checkUnknownRules;function schemaHasRules(e,t){if(typeof e=="boolean")return!e;for(const r in e)if(t[r])return true;return false}t.schemaHasRules=schemaHasRules;function schemaHasRulesButRef(e,t){if(typeof e=="boolean")return!e;for(const r in e)if(r!=="$ref"&&t.all[r])return true;return false}t.schemaHasRulesButRef=schemaHasRulesButRef;function schemaRefOrVal({topSchemaRef:e,schemaPath:t},r,s,a){if(!a){if(typeof r=="number"||typeof r=="boolean")return r;if(typeof r=="string")return(0,n._)`${r}`}return(0,n._)`${e}${t}${(0,n.getProperty)(s)}`}t.schemaRefOrVal=schemaRefOrVal;function unescapeFragment(e){return unescapeJsonPointer(decodeURIComponent(e))}t.unescapeFragment=unescapeFragment;function escapeFragment(e){return encodeURIComponent(escapeJsonPointer(e))}t.escapeFragment=escapeFragment;function escapeJsonPointer(e){if(typeof e=="number")return`${e}`;return e.replace(/~/g,"~0").replace(/\//g,"~1")}t.escapeJsonPointer=escapeJsonPointer;function unescapeJsonPointer(e){return e.replace(/~1/g,"/").replace(/~0/g,"~")}t.unescapeJsonPointer=unescapeJsonPointer;function eachItem(e,t){if(Array.isArray(e)){for(const r of e)t(r)}else{t(e)}}t.eachItem=eachItem;function makeMergeEvaluated({mergeNames:e,mergeToName:t,mergeValues:r,resultToName:s}){return(a,i,o,c)=>{const l=o===undefined?i:o instanceof n.Name?(i instanceof n.Name?e(a,i,o):t(a,i,o),o):i instanceof n.Name?(t(a,o,i),i):r(i,o);return c===n.Name&&!(l instanceof n.Name)?s(a,l):l}}t.mergeEvaluated={props:makeMergeEvaluated({mergeNames:(e,t,r)=>e.if((0,n._)`${r} !== true && ${t} !== undefined`,()=>{e.if((0,n._)`${t} === true`,()=>e.assign(r,true),()=>e.assign(r,(0,n._)`${r} || {}`).code((0,n._)`Object.assign(${r}, ${t})`))}),mergeToName:(e,t,r)=>e.if((0,n._)`${r} !== true`,()=>{if(t===true){e.assign(r,true)}else{e.assign(r,(0,n._)`${r} || {}`);setEvaluated(e,r,t)}}),mergeValues:(e,t)=>e===true?true:{...e,...t},resultToName:evaluatedPropsToName}),items:makeMergeEvaluated({mergeNames:(e,t,r)=>e.if((0,n._)`${r} !== true && ${t} !== undefined`,()=>e.assign(r,(0,n._)`${t} === true ? true : ${r} > ${t} ? ${r} : ${t}`)),mergeToName:(e,t,r)=>e.if((0,n._)`${r} !== true`,()=>e.assign(r,t===true?true:(0,n._)`${r} > ${t} ? ${r} : ${t}`)),mergeValues:(e,t)=>e===true?true:Math.max(e,t),resultToName:(e,t)=>e.var("items",t)})};function evaluatedPropsToName(e,t){if(t===true)return e.var("props",true);const r=e.var("props",(0,n._)`{}`);if(t!==undefined)setEvaluated(e,r,t);return r}t.evaluatedPropsToName=evaluatedPropsToName;function setEvaluated(e,t,r){Object.keys(r).forEach(r=>e.assign((0,n._)`${t}${(0,n.getProperty)(r)}`,true))}t.setEvaluated=setEvaluated;const a={};function useFunc(e,t){return e.scopeValue("func",{ref:t,code:a[t.code]||(a[t.code]=new s._Code(t.code))})}t.useFunc=useFunc;var i;(function(e){e[e["Num"]=0]="Num";e[e["Str"]=1]="Str"})(i||(t.Type=i={}));function getErrorPath(e,t,r){if(e instanceof n.Name){const s=t===i.Num;return r?s?(0,n._)`"[" + ${e} + "]"`:(0,n._)`"['" + ${e} + "']"`:s?(0,n._)`"/" + ${e}`:(0,n._)`"/" + ${e}.replace(/~/g, "~0").replace(/\\//g, "~1")`}return r?(0,n.getProperty)(e).toString():"/"+escapeJsonPointer(e)}t.getErrorPath=getErrorPath;function checkStrictMode(e,t,r=e.opts.strictSchema){if(!r)return;t=`strict mode: ${t}`;if(r===true)throw new Error(t);e.self.logger.warn(t)}t.checkStrictMode=checkStrictMode},37692:(e,t)=>{Object.defineProperty(t,"__esModule",{value:true});t.shouldUseRule=t.shouldUseGroup=t.schemaHasRulesForType=void 0;function schemaHasRulesForType({schema:e,self:t},r){const n=t.RULES.types[r];return n&&n!==true&&shouldUseGroup(e,n)}t.schemaHasRulesForType=schemaHasRulesForType;function shouldUseGroup(e,t){return t.rules.some(t=>shouldUseRule(e,t))}t.shouldUseGroup=shouldUseGroup;function shouldUseRule(e,t){var r;return e[t.keyword]!==undefined||((r=t.definition.implements)===null||r===void 0?void 0:r.some(t=>e[t]!==undefined))}t.shouldUseRule=shouldUseRule},35346:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.boolOrEmptySchema=t.topBoolOrEmptySchema=void 0;const n=r(81283);const s=r(81436);const a=r(90630);const i={message:"boolean schema is false"};function topBoolOrEmptySchema(e){const{gen:t,schema:r,validateName:n}=e;if(r===false){falseSchemaError(e,false)}else if(typeof r=="object"&&r.$async===true){t.return(a.default.data)}else{t.assign((0,s._)`${n}.errors`,null);t.return(true)}}t.topBoolOrEmptySchema=topBoolOrEmptySchema;function boolOrEmptySchema(e,t){const{gen:r,schema:n}=e;if(n===false){r.var(t,false);falseSchemaError(e)}else{r.var(t,true)}}t.boolOrEmptySchema=boolOrEmptySchema;function falseSchemaError(e,t){const{gen:r,data:s}=e;const a={gen:r,keyword:"false schema",data:s,schema:false,schemaCode:false,schemaValue:false,params:{},it:e};(0,n.reportError)(a,i,undefined,t)}},86685:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.reportTypeError=t.checkDataTypes=t.checkDataType=t.coerceAndCheckDataType=t.getJSONTypes=t.getSchemaTypes=t.DataType=void 0;const n=r(7353);const s=r(37692);const a=r(81283);const i=r(81436);const o=r(84464);var c;(function(e){e[e["Correct"]=0]="Correct";e[e["Wrong"]=1]="Wrong"})(c||(t.DataType=c={}));function getSchemaTypes(e){const t=getJSONTypes(e.type);const r=t.includes("null");if(r){if(e.nullable===false)throw new Error("type: null contradicts nullable: false")}else{if(!t.length&&e.nullable!==undefined){throw new Error('"nullable" cannot be used without "type"')}if(e.nullable===true)t.push("null")}return t}t.getSchemaTypes=getSchemaTypes;function getJSONTypes(e){const t=Array.isArray(e)?e:e?[e]:[];if(t.every(n.isJSONType))return t;throw new Error("type must be JSONType or JSONType[]: "+t.join(","))}t.getJSONTypes=getJSONTypes;function coerceAndCheckDataType(e,t){const{gen:r,data:n,opts:a}=e;const i=coerceToTypes(t,a.coerceTypes);const o=t.length>0&&!(i.length===0&&t.length===1&&(0,s.schemaHasRulesForType)(e,t[0]));if(o){const s=checkDataTypes(t,n,a.strictNumbers,c.Wrong);r.if(s,()=>{if(i.length)coerceData(e,t,i);else reportTypeError(e)})}return o}t.coerceAndCheckDataType=coerceAndCheckDataType;const l=new Set(["string","number","integer","boolean","null"]);function coerceToTypes(e,t){return t?e.filter(e=>l.has(e)||t==="array"&&e==="array"):[]}function coerceData(e,t,r){const{gen:n,data:s,opts:a}=e;const o=n.let("dataType",(0,i._)`typeof ${s}`);const c=n.let("coerced",(0,i._)`undefined`);if(a.coerceTypes==="array"){n.if((0,i._)`${o} == 'object' && Array.isArray(${s}) && ${s}.length == 1`,()=>n.assign(s,(0,i._)`${s}[0]`).assign(o,(0,i._)`typeof ${s}`).if(checkDataTypes(t,s,a.strictNumbers),()=>n.assign(c,s)))}n.if((0,i._)`${c} !== undefined`);for(const e of r){if(l.has(e)||e==="array"&&a.coerceTypes==="array"){coerceSpecificType(e)}}n.else();reportTypeError(e);n.endIf();n.if((0,i._)`${c} !== undefined`,()=>{n.assign(s,c);assignParentData(e,c)});function coerceSpecificType(e){switch(e){case"string":n.elseIf((0,i._)`${o} == "number" || ${o} == "boolean"`).assign(c,(0,i._)`"" + ${s}`).elseIf((0,i._)`${s} === null`).assign(c,(0,i._)`""`);return;case"number":n.elseIf((0,i._)`${o} == "boolean" || ${s} === null
              || (${o} == "string" && ${s} && ${s} == +${s})`).assign(c,(0,i._)`+${s}`);return;case"integer":n.elseIf((0,i._)`${o} === "boolean" || ${s} === null
              || (${o} === "string" && ${s} && ${s} == +${s} && !(${s} % 1))`).assign(c,(0,i._)`+${s}`);return;case"boolean":n.elseIf((0,i._)`${s} === "false" || ${s} === 0 || ${s} === null`).assign(c,false).elseIf((0,i._)`${s} === "true" || ${s} === 1`).assign(c,true);return;case"null":n.elseIf((0,i._)`${s} === "" || ${s} === 0 || ${s} === false`);n.assign(c,null);return;case"array":n.elseIf((0,i._)`${o} === "string" || ${o} === "number"
              || ${o} === "boolean" || ${s} === null`).assign(c,(0,i._)`[${s}]`)}}}function assignParentData({gen:e,parentData:t,parentDataProperty:r},n){e.if((0,i._)`${t} !== undefined`,()=>e.assign((0,i._)`${t}[${r}]`,n))}function checkDataType(e,t,r,n=c.Correct){const s=n===c.Correct?i.operators.EQ:i.operators.NEQ;let a;switch(e){case"null":return(0,i._)`${t} ${s} null`;case"array":a=(0,i._)`Array.isArray(${t})`;break;case"object":a=(0,i._)`${t} && typeof ${t} == "object" && !Array.isArray(${t})`;break;case"integer":a=numCond((0,i._)`!(${t} % 1) && !isNaN(${t})`);break;case"number":a=numCond();break;default:return(0,i._)`typeof ${t} ${s} ${e}`}return n===c.Correct?a:(0,i.not)(a);function numCond(e=i.nil){return(0,i.and)((0,i._)`typeof ${t} == "number"`,e,r?(0,i._)`isFinite(${t})`:i.nil)}}t.checkDataType=checkDataType;function checkDataTypes(e,t,r,n){if(e.length===1){return checkDataType(e[0],t,r,n)}let s;const a=(0,o.toHash)(e);if(a.array&&a.object){const e=(0,i._)`typeof ${t} != "object"`;s=a.null?e:(0,i._)`!${t} || ${e}`;delete a.null;delete a.array;delete a.object}else{s=i.nil}if(a.number)delete a.integer;for(const e in a)s=(0,i.and)(s,checkDataType(e,t,r,n));return s}t.checkDataTypes=checkDataTypes;const f={message:({schema:e})=>`must be ${e}`,params:({schema:e,schemaValue:t})=>typeof e=="string"?(0,i._)`{type: ${e}}`:(0,i._)`{type: ${t}}`};function reportTypeError(e){const t=getTypeErrorContext(e);(0,a.reportError)(t,f)}t.reportTypeError=reportTypeError;function getTypeErrorContext(e){const{gen:t,data:r,schema:n}=e;const s=(0,o.schemaRefOrVal)(e,n,"type");return{gen:t,keyword:"type",data:r,schema:n.type,schemaCode:s,schemaValue:s,parentSchema:n,params:{},it:e}}},11699:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.assignDefaults=void 0;const n=r(81436);const s=r(84464);function assignDefaults(e,t){const{properties:r,items:n}=e.schema;if(t==="object"&&r){for(const t in r){assignDefault(e,t,r[t].default)}}else if(t==="array"&&Array.isArray(n)){n.forEach((t,r)=>assignDefault(e,r,t.default))}}t.assignDefaults=assignDefaults;function assignDefault(e,t,r){const{gen:a,compositeRule:i,data:o,opts:c}=e;if(r===undefined)return;const l=(0,n._)`${o}${(0,n.getProperty)(t)}`;if(i){(0,s.checkStrictMode)(e,`default is ignored for: ${l}`);return}let f=(0,n._)`${l} === undefined`;if(c.useDefaults==="empty"){f=(0,n._)`${f} || ${l} === null || ${l} === ""`}a.if(f,(0,n._)`${l} = ${(0,n.stringify)(r)}`)}},87881:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.getData=t.KeywordCxt=t.validateFunctionCode=void 0;const n=r(35346);const s=r(86685);const a=r(37692);const i=r(86685);const o=r(11699);const c=r(15202);const l=r(26200);const f=r(81436);const u=r(90630);const d=r(24090);const p=r(84464);const h=r(81283);function validateFunctionCode(e){if(isSchemaObj(e)){checkKeywords(e);if(schemaCxtHasRules(e)){topSchemaObjCode(e);return}}validateFunction(e,()=>(0,n.topBoolOrEmptySchema)(e))}t.validateFunctionCode=validateFunctionCode;function validateFunction({gen:e,validateName:t,schema:r,schemaEnv:n,opts:s},a){if(s.code.es5){e.func(t,(0,f._)`${u.default.data}, ${u.default.valCxt}`,n.$async,()=>{e.code((0,f._)`"use strict"; ${funcSourceUrl(r,s)}`);destructureValCxtES5(e,s);e.code(a)})}else{e.func(t,(0,f._)`${u.default.data}, ${destructureValCxt(s)}`,n.$async,()=>e.code(funcSourceUrl(r,s)).code(a))}}function destructureValCxt(e){return(0,f._)`{${u.default.instancePath}="", ${u.default.parentData}, ${u.default.parentDataProperty}, ${u.default.rootData}=${u.default.data}${e.dynamicRef?(0,f._)`, ${u.default.dynamicAnchors}={}`:f.nil}}={}`}function destructureValCxtES5(e,t){e.if(u.default.valCxt,()=>{e.var(u.default.instancePath,(0,f._)`${u.default.valCxt}.${u.default.instancePath}`);e.var(u.default.parentData,(0,f._)`${u.default.valCxt}.${u.default.parentData}`);e.var(u.default.parentDataProperty,(0,f._)`${u.default.valCxt}.${u.default.parentDataProperty}`);e.var(u.default.rootData,(0,f._)`${u.default.valCxt}.${u.default.rootData}`);if(t.dynamicRef)e.var(u.default.dynamicAnchors,(0,f._)`${u.default.valCxt}.${u.default.dynamicAnchors}`)},()=>{e.var(u.default.instancePath,(0,f._)`""`);e.var(u.default.parentData,(0,f._)`undefined`);e.var(u.default.parentDataProperty,(0,f._)`undefined`);e.var(u.default.rootData,u.default.data);if(t.dynamicRef)e.var(u.default.dynamicAnchors,(0,f._)`{}`)})}function topSchemaObjCode(e){const{schema:t,opts:r,gen:n}=e;validateFunction(e,()=>{if(r.$comment&&t.$comment)commentKeyword(e);checkNoDefault(e);n.let(u.default.vErrors,null);n.let(u.default.errors,0);if(r.unevaluated)resetEvaluated(e);typeAndKeywords(e);returnResults(e)});return}function resetEvaluated(e){const{gen:t,validateName:r}=e;e.evaluated=t.const("evaluated",(0,f._)`${r}.evaluated`);t.if((0,f._)`${e.evaluated}.dynamicProps`,()=>t.assign((0,f._)`${e.evaluated}.props`,(0,f._)`undefined`));t.if((0,f._)`${e.evaluated}.dynamicItems`,()=>t.assign((0,f._)`${e.evaluated}.items`,(0,f._)`undefined`))}function funcSourceUrl(e,t){const r=typeof e=="object"&&e[t.schemaId];return r&&(t.code.source||t.code.process)?(0,f._)`/*# sourceURL=${r} */`:f.nil}function subschemaCode(e,t){if(isSchemaObj(e)){checkKeywords(e);if(schemaCxtHasRules(e)){subSchemaObjCode(e,t);return}}(0,n.boolOrEmptySchema)(e,t)}function schemaCxtHasRules({schema:e,self:t}){if(typeof e=="boolean")return!e;for(const r in e)if(t.RULES.all[r])return true;return false}function isSchemaObj(e){return typeof e.schema!="boolean"}function subSchemaObjCode(e,t){const{schema:r,gen:n,opts:s}=e;if(s.$comment&&r.$comment)commentKeyword(e);updateContext(e);checkAsyncSchema(e);const a=n.const("_errs",u.default.errors);typeAndKeywords(e,a);n.var(t,(0,f._)`${a} === ${u.default.errors}`)}function checkKeywords(e){(0,p.checkUnknownRules)(e);checkRefsAndKeywords(e)}function typeAndKeywords(e,t){if(e.opts.jtd)return schemaKeywords(e,[],false,t);const r=(0,s.getSchemaTypes)(e.schema);const n=(0,s.coerceAndCheckDataType)(e,r);schemaKeywords(e,r,!n,t)}function checkRefsAndKeywords(e){const{schema:t,errSchemaPath:r,opts:n,self:s}=e;if(t.$ref&&n.ignoreKeywordsWithRef&&(0,p.schemaHasRulesButRef)(t,s.RULES)){s.logger.warn(`$ref: keywords ignored in schema at path "${r}"`)}}function checkNoDefault(e){const{schema:t,opts:r}=e;if(t.default!==undefined&&r.useDefaults&&r.strictSchema){(0,p.checkStrictMode)(e,"default is ignored in the schema root")}}function updateContext(e){const t=e.schema[e.opts.schemaId];if(t)e.baseId=(0,d.resolveUrl)(e.opts.uriResolver,e.baseId,t)}function checkAsyncSchema(e){if(e.schema.$async&&!e.schemaEnv.$async)throw new Error("async schema in sync schema")}function commentKeyword({gen:e,schemaEnv:t,schema:r,errSchemaPath:n,opts:s}){const a=r.$comment;if(s.$comment===true){e.code((0,f._)`${u.default.self}.logger.log(${a})`)}else if(typeof s.$comment=="function"){const r=(0,f.str)`${n}/$comment`;const s=e.scopeValue("root",{ref:t.root});e.code((0,f._)`${u.default.self}.opts.$comment(${a}, ${r}, ${s}.schema)`)}}function returnResults(e){const{gen:t,schemaEnv:r,validateName:n,ValidationError:s,opts:a}=e;if(r.$async){t.if((0,f._)`${u.default.errors} === 0`,()=>t.return(u.default.data),()=>t.throw((0,f._)`new ${s}(${u.default.vErrors})`))}else{t.assign((0,f._)`${n}.errors`,u.default.vErrors);if(a.unevaluated)assignEvaluated(e);t.return((0,f._)`${u.default.errors} === 0`)}}function assignEvaluated({gen:e,evaluated:t,props:r,items:n}){if(r instanceof f.Name)e.assign((0,f._)`${t}.props`,r);if(n instanceof f.Name)e.assign((0,f._)`${t}.items`,n)}function schemaKeywords(e,t,r,n){const{gen:s,schema:o,data:c,allErrors:l,opts:d,self:h}=e;const{RULES:m}=h;if(o.$ref&&(d.ignoreKeywordsWithRef||!(0,p.schemaHasRulesButRef)(o,m))){s.block(()=>keywordCode(e,"$ref",m.all.$ref.definition));return}if(!d.jtd)checkStrictTypes(e,t);s.block(()=>{for(const e of m.rules)groupKeywords(e);groupKeywords(m.post)});function groupKeywords(p){if(!(0,a.shouldUseGroup)(o,p))return;if(p.type){s.if((0,i.checkDataType)(p.type,c,d.strictNumbers));iterateKeywords(e,p);if(t.length===1&&t[0]===p.type&&r){s.else();(0,i.reportTypeError)(e)}s.endIf()}else{iterateKeywords(e,p)}if(!l)s.if((0,f._)`${u.default.errors} === ${n||0}`)}}function iterateKeywords(e,t){const{gen:r,schema:n,opts:{useDefaults:s}}=e;if(s)(0,o.assignDefaults)(e,t.type);r.block(()=>{for(const r of t.rules){if((0,a.shouldUseRule)(n,r)){keywordCode(e,r.keyword,r.definition,t.type)}}})}function checkStrictTypes(e,t){if(e.schemaEnv.meta||!e.opts.strictTypes)return;checkContextTypes(e,t);if(!e.opts.allowUnionTypes)checkMultipleTypes(e,t);checkKeywordTypes(e,e.dataTypes)}function checkContextTypes(e,t){if(!t.length)return;if(!e.dataTypes.length){e.dataTypes=t;return}t.forEach(t=>{if(!includesType(e.dataTypes,t)){strictTypesError(e,`type "${t}" not allowed by context "${e.dataTypes.join(",")}"`)}});narrowSchemaTypes(e,t)}function checkMultipleTypes(e,t){if(t.length>1&&!(t.length===2&&t.includes("null"))){strictTypesError(e,"use allowUnionTypes to allow union type keyword")}}function checkKeywordTypes(e,t){const r=e.self.RULES.all;for(const n in r){const s=r[n];if(typeof s=="object"&&(0,a.shouldUseRule)(e.schema,s)){const{type:r}=s.definition;if(r.length&&!r.some(e=>hasApplicableType(t,e))){strictTypesError(e,`missing type "${r.join(",")}" for keyword "${n}"`)}}}}function hasApplicableType(e,t){return e.includes(t)||t==="number"&&e.includes("integer")}function includesType(e,t){return e.includes(t)||t==="integer"&&e.includes("number")}function narrowSchemaTypes(e,t){const r=[];for(const n of e.dataTypes){if(includesType(t,n))r.push(n);else if(t.includes("integer")&&n==="number")r.push("integer")}e.dataTypes=r}function strictTypesError(e,t){const r=e.schemaEnv.baseId+e.errSchemaPath;t+=` at "${r}" (strictTypes)`;(0,p.checkStrictMode)(e,t,e.opts.strictTypes)}class KeywordCxt{constructor(e,t,r){(0,c.validateKeywordUsage)(e,t,r);this.gen=e.gen;this.allErrors=e.allErrors;this.keyword=r;this.data=e.data;this.schema=e.schema[r];this.$data=t.$data&&e.opts.$data&&this.schema&&this.schema.$data;this.schemaValue=(0,p.schemaRefOrVal)(e,this.schema,r,this.$data);this.schemaType=t.schemaType;this.parentSchema=e.schema;this.params={};this.it=e;this.def=t;if(this.$data){this.schemaCode=e.gen.const("vSchema",getData(this.$data,e))}else{this.schemaCode=this.schemaValue;if(!(0,c.validSchemaType)(this.schema,t.schemaType,t.allowUndefined)){throw new Error(`${r} value must be ${JSON.stringify(t.schemaType)}`)}}if("code"in t?t.trackErrors:t.errors!==false){this.errsCount=e.gen.const("_errs",u.default.errors)}}result(e,t,r){this.failResult((0,f.not)(e),t,r)}failResult(e,t,r){this.gen.if(e);if(r)r();else this.error();if(t){this.gen.else();t();if(this.allErrors)this.gen.endIf()}else{if(this.allErrors)this.gen.endIf();else this.gen.else()}}pass(e,t){this.failResult((0,f.not)(e),undefined,t)}fail(e){if(e===undefined){this.error();if(!this.allErrors)this.gen.if(false);return}this.gen.if(e);this.error();if(this.allErrors)this.gen.endIf();else this.gen.else()}fail$data(e){if(!this.$data)return this.fail(e);const{schemaCode:t}=this;this.fail((0,f._)`${t} !== undefined && (${(0,f.or)(this.invalid$data(),e)})`)}error(e,t,r){if(t){this.setParams(t);this._error(e,r);this.setParams({});return}this._error(e,r)}_error(e,t){(e?h.reportExtraError:h.reportError)(this,this.def.error,t)}$dataError(){(0,h.reportError)(this,this.def.$dataError||h.keyword$DataError)}reset(){if(this.errsCount===undefined)throw new Error('add "trackErrors" to keyword definition');(0,h.resetErrorsCount)(this.gen,this.errsCount)}ok(e){if(!this.allErrors)this.gen.if(e)}setParams(e,t){if(t)Object.assign(this.params,e);else this.params=e}block$data(e,t,r=f.nil){this.gen.block(()=>{this.check$data(e,r);t()})}check$data(e=f.nil,t=f.nil){if(!this.$data)return;const{gen:r,schemaCode:n,schemaType:s,def:a}=this;r.if((0,f.or)((0,f._)`${n} === undefined`,t));if(e!==f.nil)r.assign(e,true);if(s.length||a.validateSchema){r.elseIf(this.invalid$data());this.$dataError();if(e!==f.nil)r.assign(e,false)}r.else()}invalid$data(){const{gen:e,schemaCode:t,schemaType:r,def:n,it:s}=this;return(0,f.or)(wrong$DataType(),invalid$DataSchema());function wrong$DataType(){if(r.length){if(!(t instanceof f.Name))throw new Error("ajv implementation error");const e=Array.isArray(r)?r:[r];return(0,f._)`${(0,i.checkDataTypes)(e,t,s.opts.strictNumbers,i.DataType.Wrong)}`}return f.nil}function invalid$DataSchema(){if(n.validateSchema){const r=e.scopeValue("validate$data",{ref:n.validateSchema});return(0,f._)`!${r}(${t})`}return f.nil}}subschema(e,t){const r=(0,l.getSubschema)(this.it,e);(0,l.extendSubschemaData)(r,this.it,e);(0,l.extendSubschemaMode)(r,e);const n={...this.it,...r,items:undefined,props:undefined};subschemaCode(n,t);return n}mergeEvaluated(e,t){const{it:r,gen:n}=this;if(!r.opts.unevaluated)return;if(r.props!==true&&e.props!==undefined){r.props=p.mergeEvaluated.props(n,e.props,r.props,t)}if(r.items!==true&&e.items!==undefined){r.items=p.mergeEvaluated.items(n,e.items,r.items,t)}}mergeValidEvaluated(e,t){const{it:r,gen:n}=this;if(r.opts.unevaluated&&(r.props!==true||r.items!==true)){n.if(t,()=>this.mergeEvaluated(e,f.Name));return true}}}t.KeywordCxt=KeywordCxt;function keywordCode(e,t,r,n){const s=new KeywordCxt(e,r,t);if("code"in r){r.code(s,n)}else if(s.$data&&r.validate){(0,c.funcKeywordCode)(s,r)}else if("macro"in r){(0,c.macroKeywordCode)(s,r)}else if(r.compile||r.validate){(0,c.funcKeywordCode)(s,r)}}const m=/^\/(?:[^~]|~0|~1)*$/;const v=/^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;function getData(e,{dataLevel:t,dataNames:r,dataPathArr:n}){let s;let a;if(e==="")return u.default.rootData;if(e[0]==="/"){if(!m.test(e))throw new Error(`Invalid JSON-pointer: ${e}`);s=e;a=u.default.rootData}else{const i=v.exec(e);if(!i)throw new Error(`Invalid JSON-pointer: ${e}`);const o=+i[1];s=i[2];if(s==="#"){if(o>=t)throw new Error(errorMsg("property/index",o));return n[t-o]}if(o>t)throw new Error(errorMsg("data",o));a=r[t-o];if(!s)return a}let i=a;const o=s.split("/");for(const e of o){if(e){a=(0,f._)`${a}${(0,f.getProperty)((0,p.unescapeJsonPointer)(e))}`;i=(0,f._)`${i} && ${a}`}}return i;function errorMsg(e,r){return`Cannot access ${e} ${r} levels up, current level is ${t}`}}t.getData=getData},15202:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.validateKeywordUsage=t.validSchemaType=t.funcKeywordCode=t.macroKeywordCode=void 0;const n=r(81436);const s=r(90630);const a=r(28484);const i=r(81283);function macroKeywordCode(e,t){const{gen:r,keyword:s,schema:a,parentSchema:i,it:o}=e;const c=t.macro.call(o.self,a,i,o);const l=useKeyword(r,s,c);if(o.opts.validateSchema!==false)o.self.validateSchema(c,true);const f=r.name("valid");e.subschema({schema:c,schemaPath:n.nil,errSchemaPath:`${o.errSchemaPath}/${s}`,topSchemaRef:l,compositeRule:true},f);e.pass(f,()=>e.error(true))}t.macroKeywordCode=macroKeywordCode;function funcKeywordCode(e,t){var r;const{gen:i,keyword:o,schema:c,parentSchema:l,$data:f,it:u}=e;checkAsyncKeyword(u,t);const d=!f&&t.compile?t.compile.call(u.self,c,l,u):t.validate;const p=useKeyword(i,o,d);const h=i.let("valid");e.block$data(h,validateKeyword);e.ok((r=t.valid)!==null&&r!==void 0?r:h);function validateKeyword(){if(t.errors===false){assignValid();if(t.modifying)modifyData(e);reportErrs(()=>e.error())}else{const r=t.async?validateAsync():validateSync();if(t.modifying)modifyData(e);reportErrs(()=>addErrs(e,r))}}function validateAsync(){const e=i.let("ruleErrs",null);i.try(()=>assignValid((0,n._)`await `),t=>i.assign(h,false).if((0,n._)`${t} instanceof ${u.ValidationError}`,()=>i.assign(e,(0,n._)`${t}.errors`),()=>i.throw(t)));return e}function validateSync(){const e=(0,n._)`${p}.errors`;i.assign(e,null);assignValid(n.nil);return e}function assignValid(r=(t.async?(0,n._)`await `:n.nil)){const o=u.opts.passContext?s.default.this:s.default.self;const c=!("compile"in t&&!f||t.schema===false);i.assign(h,(0,n._)`${r}${(0,a.callValidateCode)(e,p,o,c)}`,t.modifying)}function reportErrs(e){var r;i.if((0,n.not)((r=t.valid)!==null&&r!==void 0?r:h),e)}}t.funcKeywordCode=funcKeywordCode;function modifyData(e){const{gen:t,data:r,it:s}=e;t.if(s.parentData,()=>t.assign(r,(0,n._)`${s.parentData}[${s.parentDataProperty}]`))}function addErrs(e,t){const{gen:r}=e;r.if((0,n._)`Array.isArray(${t})`,()=>{r.assign(s.default.vErrors,(0,n._)`${s.default.vErrors} === null ? ${t} : ${s.default.vErrors}.concat(${t})`).assign(s.default.errors,(0,n._)`${s.default.vErrors}.length`);(0,i.extendErrors)(e)},()=>e.error())}function checkAsyncKeyword({schemaEnv:e},t){if(t.async&&!e.$async)throw new Error("async keyword in sync schema")}function useKeyword(e,t,r){if(r===undefined)throw new Error(`keyword "${t}" failed to compile`);return e.scopeValue("keyword",typeof r=="function"?{ref:r}:{ref:r,code:(0,n.stringify)(r)})}function validSchemaType(e,t,r=false){return!t.length||t.some(t=>t==="array"?Array.isArray(e):t==="object"?e&&typeof e=="object"&&!Array.isArray(e):typeof e==t||r&&typeof e=="undefined")}t.validSchemaType=validSchemaType;function validateKeywordUsage({schema:e,opts:t,self:r,errSchemaPath:n},s,a){if(Array.isArray(s.keyword)?!s.keyword.includes(a):s.keyword!==a){throw new Error("ajv implementation error")}const i=s.dependencies;if(i===null||i===void 0?void 0:i.some(t=>!Object.prototype.hasOwnProperty.call(e,t))){throw new Error(`parent schema must have dependencies of ${a}: ${i.join(",")}`)}if(s.validateSchema){const i=s.validateSchema(e[a]);if(!i){const e=`keyword "${a}" value is invalid at path "${n}": `+r.errorsText(s.validateSchema.errors);if(t.validateSchema==="log")r.logger.error(e);else throw new Error(e)}}}t.validateKeywordUsage=validateKeywordUsage},26200:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.extendSubschemaMode=t.extendSubschemaData=t.getSubschema=void 0;const n=r(81436);const s=r(84464);function getSubschema(e,{keyword:t,schemaProp:r,schema:a,schemaPath:i,errSchemaPath:o,topSchemaRef:c}){if(t!==undefined&&a!==undefined){throw new Error('both "keyword" and "schema" passed, only one allowed')}if(t!==undefined){const a=e.schema[t];return r===undefined?{schema:a,schemaPath:(0,n._)`${e.schemaPath}${(0,n.getProperty)(t)}`,errSchemaPath:`${e.errSchemaPath}/${t}`}:{schema:a[r],schemaPath:(0,n._)`${e.schemaPath}${(0,n.getProperty)(t)}${(0,n.getProperty)(r)}`,errSchemaPath:`${e.errSchemaPath}/${t}/${(0,s.escapeFragment)(r)}`}}if(a!==undefined){if(i===undefined||o===undefined||c===undefined){throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"')}return{schema:a,schemaPath:i,topSchemaRef:c,errSchemaPath:o}}throw new Error('either "keyword" or "schema" must be passed')}t.getSubschema=getSubschema;function extendSubschemaData(e,t,{dataProp:r,dataPropType:a,data:i,dataTypes:o,propertyName:c}){if(i!==undefined&&r!==undefined){throw new Error('both "data" and "dataProp" passed, only one allowed')}const{gen:l}=t;if(r!==undefined){const{errorPath:i,dataPathArr:o,opts:c}=t;const f=l.let("data",(0,n._)`${t.data}${(0,n.getProperty)(r)}`,true);dataContextProps(f);e.errorPath=(0,n.str)`${i}${(0,s.getErrorPath)(r,a,c.jsPropertySyntax)}`;e.parentDataProperty=(0,n._)`${r}`;e.dataPathArr=[...o,e.parentDataProperty]}if(i!==undefined){const t=i instanceof n.Name?i:l.let("data",i,true);dataContextProps(t);if(c!==undefined)e.propertyName=c}if(o)e.dataTypes=o;function dataContextProps(r){e.data=r;e.dataLevel=t.dataLevel+1;e.dataTypes=[];t.definedProperties=new Set;e.parentData=t.data;e.dataNames=[...t.dataNames,r]}}t.extendSubschemaData=extendSubschemaData;function extendSubschemaMode(e,{jtdDiscriminator:t,jtdMetadata:r,compositeRule:n,createErrors:s,allErrors:a}){if(n!==undefined)e.compositeRule=n;if(s!==undefined)e.createErrors=s;if(a!==undefined)e.allErrors=a;e.jtdDiscriminator=t;e.jtdMetadata=r}t.extendSubschemaMode=extendSubschemaMode},63893:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.CodeGen=t.Name=t.nil=t.stringify=t.str=t._=t.KeywordCxt=void 0;var n=r(87881);Object.defineProperty(t,"KeywordCxt",{enumerable:true,get:function(){return n.KeywordCxt}});var s=r(81436);Object.defineProperty(t,"_",{enumerable:true,get:function(){return s._}});Object.defineProperty(t,"str",{enumerable:true,get:function(){return s.str}});Object.defineProperty(t,"stringify",{enumerable:true,get:function(){return s.stringify}});Object.defineProperty(t,"nil",{enumerable:true,get:function(){return s.nil}});Object.defineProperty(t,"Name",{enumerable:true,get:function(){return s.Name}});Object.defineProperty(t,"CodeGen",{enumerable:true,get:function(){return s.CodeGen}});const a=r(33021);const i=r(53162);const o=r(7353);const c=r(2718);const l=r(81436);const f=r(24090);const u=r(86685);const d=r(84464);const p=r(63837);const h=r(36285);const defaultRegExp=(e,t)=>new RegExp(e,t);defaultRegExp.code="new RegExp";const m=["removeAdditional","useDefaults","coerceTypes"];const v=new Set(["validate","serialize","parse","wrapper","root","schema","keyword","pattern","formats","validate$data","func","obj","Error"]);const y={errorDataPath:"",format:"`validateFormats: false` can be used instead.",nullable:'"nullable" keyword is supported by default.',jsonPointers:"Deprecated jsPropertySyntax can be used instead.",extendRefs:"Deprecated ignoreKeywordsWithRef can be used instead.",missingRefs:"Pass empty schema with $id that should be ignored to ajv.addSchema.",processCode:"Use option `code: {process: (code, schemaEnv: object) => string}`",sourceCode:"Use option `code: {source: true}`",strictDefaults:"It is default now, see option `strict`.",strictKeywords:"It is default now, see option `strict`.",uniqueItems:'"uniqueItems" keyword is always validated.',unknownFormats:"Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",cache:"Map is used as cache, schema object as key.",serialize:"Map is used as cache, schema object as key.",ajvErrors:"It is default now."};const g={ignoreKeywordsWithRef:"",jsPropertySyntax:"",unicode:'"minLength"/"maxLength" account for unicode characters by default.'};const w=200;function requiredOptions(e){var t,r,n,s,a,i,o,c,l,f,u,d,p,m,v,y,g,b,S,$,x,k,E,N,P;const A=e.strict;const T=(t=e.code)===null||t===void 0?void 0:t.optimize;const C=T===true||T===undefined?1:T||0;const O=(n=(r=e.code)===null||r===void 0?void 0:r.regExp)!==null&&n!==void 0?n:defaultRegExp;const I=(s=e.uriResolver)!==null&&s!==void 0?s:h.default;return{strictSchema:(i=(a=e.strictSchema)!==null&&a!==void 0?a:A)!==null&&i!==void 0?i:true,strictNumbers:(c=(o=e.strictNumbers)!==null&&o!==void 0?o:A)!==null&&c!==void 0?c:true,strictTypes:(f=(l=e.strictTypes)!==null&&l!==void 0?l:A)!==null&&f!==void 0?f:"log",strictTuples:(d=(u=e.strictTuples)!==null&&u!==void 0?u:A)!==null&&d!==void 0?d:"log",strictRequired:(m=(p=e.strictRequired)!==null&&p!==void 0?p:A)!==null&&m!==void 0?m:false,code:e.code?{...e.code,optimize:C,regExp:O}:{optimize:C,regExp:O},loopRequired:(v=e.loopRequired)!==null&&v!==void 0?v:w,loopEnum:(y=e.loopEnum)!==null&&y!==void 0?y:w,meta:(g=e.meta)!==null&&g!==void 0?g:true,messages:(b=e.messages)!==null&&b!==void 0?b:true,inlineRefs:(S=e.inlineRefs)!==null&&S!==void 0?S:true,schemaId:($=e.schemaId)!==null&&$!==void 0?$:"$id",addUsedSchema:(x=e.addUsedSchema)!==null&&x!==void 0?x:true,validateSchema:(k=e.validateSchema)!==null&&k!==void 0?k:true,validateFormats:(E=e.validateFormats)!==null&&E!==void 0?E:true,unicodeRegExp:(N=e.unicodeRegExp)!==null&&N!==void 0?N:true,int32range:(P=e.int32range)!==null&&P!==void 0?P:true,uriResolver:I}}class Ajv{constructor(e={}){this.schemas={};this.refs={};this.formats=Object.create(null);this._compilations=new Set;this._loading={};this._cache=new Map;e=this.opts={...e,...requiredOptions(e)};const{es5:t,lines:r}=this.opts.code;this.scope=new l.ValueScope({scope:{},prefixes:v,es5:t,lines:r});this.logger=getLogger(e.logger);const n=e.validateFormats;e.validateFormats=false;this.RULES=(0,o.getRules)();checkOptions.call(this,y,e,"NOT SUPPORTED");checkOptions.call(this,g,e,"DEPRECATED","warn");this._metaOpts=getMetaSchemaOptions.call(this);if(e.formats)addInitialFormats.call(this);this._addVocabularies();this._addDefaultMetaSchema();if(e.keywords)addInitialKeywords.call(this,e.keywords);if(typeof e.meta=="object")this.addMetaSchema(e.meta);addInitialSchemas.call(this);e.validateFormats=n}_addVocabularies(){this.addKeyword("$async")}_addDefaultMetaSchema(){const{$data:e,meta:t,schemaId:r}=this.opts;let n=p;if(r==="id"){n={...p};n.id=n.$id;delete n.$id}if(t&&e)this.addMetaSchema(n,n[r],false)}defaultMeta(){const{meta:e,schemaId:t}=this.opts;return this.opts.defaultMeta=typeof e=="object"?e[t]||e:undefined}validate(e,t){let r;if(typeof e=="string"){r=this.getSchema(e);if(!r)throw new Error(`no schema with key or ref "${e}"`)}else{r=this.compile(e)}const n=r(t);if(!("$async"in r))this.errors=r.errors;return n}compile(e,t){const r=this._addSchema(e,t);return r.validate||this._compileSchemaEnv(r)}compileAsync(e,t){if(typeof this.opts.loadSchema!="function"){throw new Error("options.loadSchema should be a function")}const{loadSchema:r}=this.opts;return runCompileAsync.call(this,e,t);async function runCompileAsync(e,t){await loadMetaSchema.call(this,e.$schema);const r=this._addSchema(e,t);return r.validate||_compileAsync.call(this,r)}async function loadMetaSchema(e){if(e&&!this.getSchema(e)){await runCompileAsync.call(this,{$ref:e},true)}}async function _compileAsync(e){try{return this._compileSchemaEnv(e)}catch(t){if(!(t instanceof i.default))throw t;checkLoaded.call(this,t);await loadMissingSchema.call(this,t.missingSchema);return _compileAsync.call(this,e)}}function checkLoaded({missingSchema:e,missingRef:t}){if(this.refs[e]){throw new Error(`AnySchema ${e} is loaded but ${t} cannot be resolved`)}}async function loadMissingSchema(e){const r=await _loadSchema.call(this,e);if(!this.refs[e])await loadMetaSchema.call(this,r.$schema);if(!this.refs[e])this.addSchema(r,e,t)}async function _loadSchema(e){const t=this._loading[e];if(t)return t;try{return await(this._loading[e]=r(e))}finally{delete this._loading[e]}}}addSchema(e,t,r,n=this.opts.validateSchema){if(Array.isArray(e)){for(const t of e)this.addSchema(t,undefined,r,n);return this}let s;if(typeof e==="object"){const{schemaId:t}=this.opts;s=e[t];if(s!==undefined&&typeof s!="string"){throw new Error(`schema ${t} must be string`)}}t=(0,f.normalizeId)(t||s);this._checkUnique(t);this.schemas[t]=this._addSchema(e,r,t,n,true);return this}addMetaSchema(e,t,r=this.opts.validateSchema){this.addSchema(e,t,true,r);return this}validateSchema(e,t){if(typeof e=="boolean")return true;let r;r=e.$schema;if(r!==undefined&&typeof r!="string"){throw new Error("$schema must be a string")}r=r||this.opts.defaultMeta||this.defaultMeta();if(!r){this.logger.warn("meta-schema not available");this.errors=null;return true}const n=this.validate(r,e);if(!n&&t){const e="schema is invalid: "+this.errorsText();if(this.opts.validateSchema==="log")this.logger.error(e);else throw new Error(e)}return n}getSchema(e){let t;while(typeof(t=getSchEnv.call(this,e))=="string")e=t;if(t===undefined){const{schemaId:r}=this.opts;const n=new c.SchemaEnv({schema:{},schemaId:r});t=c.resolveSchema.call(this,n,e);if(!t)return;this.refs[e]=t}return t.validate||this._compileSchemaEnv(t)}removeSchema(e){if(e instanceof RegExp){this._removeAllSchemas(this.schemas,e);this._removeAllSchemas(this.refs,e);return this}switch(typeof e){case"undefined":this._removeAllSchemas(this.schemas);this._removeAllSchemas(this.refs);this._cache.clear();return this;case"string":{const t=getSchEnv.call(this,e);if(typeof t=="object")this._cache.delete(t.schema);delete this.schemas[e];delete this.refs[e];return this}case"object":{const t=e;this._cache.delete(t);let r=e[this.opts.schemaId];if(r){r=(0,f.normalizeId)(r);delete this.schemas[r];delete this.refs[r]}return this}default:throw new Error("ajv.removeSchema: invalid parameter")}}addVocabulary(e){for(const t of e)this.addKeyword(t);return this}addKeyword(e,t){let r;if(typeof e=="string"){r=e;if(typeof t=="object"){this.logger.warn("these parameters are deprecated, see docs for addKeyword");t.keyword=r}}else if(typeof e=="object"&&t===undefined){t=e;r=t.keyword;if(Array.isArray(r)&&!r.length){throw new Error("addKeywords: keyword must be string or non-empty array")}}else{throw new Error("invalid addKeywords parameters")}checkKeyword.call(this,r,t);if(!t){(0,d.eachItem)(r,e=>addRule.call(this,e));return this}keywordMetaschema.call(this,t);const n={...t,type:(0,u.getJSONTypes)(t.type),schemaType:(0,u.getJSONTypes)(t.schemaType)};(0,d.eachItem)(r,n.type.length===0?e=>addRule.call(this,e,n):e=>n.type.forEach(t=>addRule.call(this,e,n,t)));return this}getKeyword(e){const t=this.RULES.all[e];return typeof t=="object"?t.definition:!!t}removeKeyword(e){const{RULES:t}=this;delete t.keywords[e];delete t.all[e];for(const r of t.rules){const t=r.rules.findIndex(t=>t.keyword===e);if(t>=0)r.rules.splice(t,1)}return this}addFormat(e,t){if(typeof t=="string")t=new RegExp(t);this.formats[e]=t;return this}errorsText(e=this.errors,{separator:t=", ",dataVar:r="data"}={}){if(!e||e.length===0)return"No errors";return e.map(e=>`${r}${e.instancePath} ${e.message}`).reduce((e,r)=>e+t+r)}$dataMetaSchema(e,t){const r=this.RULES.all;e=JSON.parse(JSON.stringify(e));for(const n of t){const t=n.split("/").slice(1);let s=e;for(const e of t)s=s[e];for(const e in r){const t=r[e];if(typeof t!="object")continue;const{$data:n}=t.definition;const a=s[e];if(n&&a)s[e]=schemaOrData(a)}}return e}_removeAllSchemas(e,t){for(const r in e){const n=e[r];if(!t||t.test(r)){if(typeof n=="string"){delete e[r]}else if(n&&!n.meta){this._cache.delete(n.schema);delete e[r]}}}}_addSchema(e,t,r,n=this.opts.validateSchema,s=this.opts.addUsedSchema){let a;const{schemaId:i}=this.opts;if(typeof e=="object"){a=e[i]}else{if(this.opts.jtd)throw new Error("schema must be object");else if(typeof e!="boolean")throw new Error("schema must be object or boolean")}let o=this._cache.get(e);if(o!==undefined)return o;r=(0,f.normalizeId)(a||r);const l=f.getSchemaRefs.call(this,e,r);o=new c.SchemaEnv({schema:e,schemaId:i,meta:t,baseId:r,localRefs:l});this._cache.set(o.schema,o);if(s&&!r.startsWith("#")){if(r)this._checkUnique(r);this.refs[r]=o}if(n)this.validateSchema(e,true);return o}_checkUnique(e){if(this.schemas[e]||this.refs[e]){throw new Error(`schema with key or id "${e}" already exists`)}}_compileSchemaEnv(e){if(e.meta)this._compileMetaSchema(e);else c.compileSchema.call(this,e);if(!e.validate)throw new Error("ajv implementation error");return e.validate}_compileMetaSchema(e){const t=this.opts;this.opts=this._metaOpts;try{c.compileSchema.call(this,e)}finally{this.opts=t}}}Ajv.ValidationError=a.default;Ajv.MissingRefError=i.default;t["default"]=Ajv;function checkOptions(e,t,r,n="error"){for(const s in e){const a=s;if(a in t)this.logger[n](`${r}: option ${s}. ${e[a]}`)}}function getSchEnv(e){e=(0,f.normalizeId)(e);return this.schemas[e]||this.refs[e]}function addInitialSchemas(){const e=this.opts.schemas;if(!e)return;if(Array.isArray(e))this.addSchema(e);else for(const t in e)this.addSchema(e[t],t)}function addInitialFormats(){for(const e in this.opts.formats){const t=this.opts.formats[e];if(t)this.addFormat(e,t)}}function addInitialKeywords(e){if(Array.isArray(e)){this.addVocabulary(e);return}this.logger.warn("keywords option as map is deprecated, pass array");for(const t in e){const r=e[t];if(!r.keyword)r.keyword=t;this.addKeyword(r)}}function getMetaSchemaOptions(){const e={...this.opts};for(const t of m)delete e[t];return e}const b={log(){},warn(){},error(){}};function getLogger(e){if(e===false)return b;if(e===undefined)return console;if(e.log&&e.warn&&e.error)return e;throw new Error("logger must implement log, warn and error methods")}const S=/^[a-z_$][a-z0-9_$:-]*$/i;function checkKeyword(e,t){const{RULES:r}=this;(0,d.eachItem)(e,e=>{if(r.keywords[e])throw new Error(`Keyword ${e} is already defined`);if(!S.test(e))throw new Error(`Keyword ${e} has invalid name`)});if(!t)return;if(t.$data&&!("code"in t||"validate"in t)){throw new Error('$data keyword must have "code" or "validate" function')}}function addRule(e,t,r){var n;const s=t===null||t===void 0?void 0:t.post;if(r&&s)throw new Error('keyword with "post" flag cannot have "type"');const{RULES:a}=this;let i=s?a.post:a.rules.find(({type:e})=>e===r);if(!i){i={type:r,rules:[]};a.rules.push(i)}a.keywords[e]=true;if(!t)return;const o={keyword:e,definition:{...t,type:(0,u.getJSONTypes)(t.type),schemaType:(0,u.getJSONTypes)(t.schemaType)}};if(t.before)addBeforeRule.call(this,i,o,t.before);else i.rules.push(o);a.all[e]=o;(n=t.implements)===null||n===void 0?void 0:n.forEach(e=>this.addKeyword(e))}function addBeforeRule(e,t,r){const n=e.rules.findIndex(e=>e.keyword===r);if(n>=0){e.rules.splice(n,0,t)}else{e.rules.push(t);this.logger.warn(`rule ${r} is not defined`)}}function keywordMetaschema(e){let{metaSchema:t}=e;if(t===undefined)return;if(e.$data&&this.opts.$data)t=schemaOrData(t);e.validateSchema=this.compile(t,true)}const $={$ref:"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"};function schemaOrData(e){return{anyOf:[e,$]}}},24951:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(23430);n.code='require("ajv/dist/runtime/equal").default';t["default"]=n},36214:(e,t)=>{Object.defineProperty(t,"__esModule",{value:true});function ucs2length(e){const t=e.length;let r=0;let n=0;let s;while(n<t){r++;s=e.charCodeAt(n++);if(s>=55296&&s<=56319&&n<t){s=e.charCodeAt(n);if((s&64512)===56320)n++}}return r}t["default"]=ucs2length;ucs2length.code='require("ajv/dist/runtime/ucs2length").default'},36285:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(24352);n.code='require("ajv/dist/runtime/uri").default';t["default"]=n},33021:(e,t)=>{Object.defineProperty(t,"__esModule",{value:true});class ValidationError extends Error{constructor(e){super("validation failed");this.errors=e;this.ajv=this.validation=true}}t["default"]=ValidationError},73448:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.validateAdditionalItems=void 0;const n=r(81436);const s=r(84464);const a={message:({params:{len:e}})=>(0,n.str)`must NOT have more than ${e} items`,params:({params:{len:e}})=>(0,n._)`{limit: ${e}}`};const i={keyword:"additionalItems",type:"array",schemaType:["boolean","object"],before:"uniqueItems",error:a,code(e){const{parentSchema:t,it:r}=e;const{items:n}=t;if(!Array.isArray(n)){(0,s.checkStrictMode)(r,'"additionalItems" is ignored when "items" is not an array of schemas');return}validateAdditionalItems(e,n)}};function validateAdditionalItems(e,t){const{gen:r,schema:a,data:i,keyword:o,it:c}=e;c.items=true;const l=r.const("len",(0,n._)`${i}.length`);if(a===false){e.setParams({len:t.length});e.pass((0,n._)`${l} <= ${t.length}`)}else if(typeof a=="object"&&!(0,s.alwaysValidSchema)(c,a)){const s=r.var("valid",(0,n._)`${l} <= ${t.length}`);r.if((0,n.not)(s),()=>validateItems(s));e.ok(s)}function validateItems(a){r.forRange("i",t.length,l,t=>{e.subschema({keyword:o,dataProp:t,dataPropType:s.Type.Num},a);if(!c.allErrors)r.if((0,n.not)(a),()=>r.break())})}}t.validateAdditionalItems=validateAdditionalItems;t["default"]=i},42431:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(28484);const s=r(81436);const a=r(90630);const i=r(84464);const o={message:"must NOT have additional properties",params:({params:e})=>(0,s._)`{additionalProperty: ${e.additionalProperty}}`};const c={keyword:"additionalProperties",type:["object"],schemaType:["boolean","object"],allowUndefined:true,trackErrors:true,error:o,code(e){const{gen:t,schema:r,parentSchema:o,data:c,errsCount:l,it:f}=e;if(!l)throw new Error("ajv implementation error");const{allErrors:u,opts:d}=f;f.props=true;if(d.removeAdditional!=="all"&&(0,i.alwaysValidSchema)(f,r))return;const p=(0,n.allSchemaProperties)(o.properties);const h=(0,n.allSchemaProperties)(o.patternProperties);checkAdditionalProperties();e.ok((0,s._)`${l} === ${a.default.errors}`);function checkAdditionalProperties(){t.forIn("key",c,e=>{if(!p.length&&!h.length)additionalPropertyCode(e);else t.if(isAdditional(e),()=>additionalPropertyCode(e))})}function isAdditional(r){let a;if(p.length>8){const e=(0,i.schemaRefOrVal)(f,o.properties,"properties");a=(0,n.isOwnProperty)(t,e,r)}else if(p.length){a=(0,s.or)(...p.map(e=>(0,s._)`${r} === ${e}`))}else{a=s.nil}if(h.length){a=(0,s.or)(a,...h.map(t=>(0,s._)`${(0,n.usePattern)(e,t)}.test(${r})`))}return(0,s.not)(a)}function deleteAdditional(e){t.code((0,s._)`delete ${c}[${e}]`)}function additionalPropertyCode(n){if(d.removeAdditional==="all"||d.removeAdditional&&r===false){deleteAdditional(n);return}if(r===false){e.setParams({additionalProperty:n});e.error();if(!u)t.break();return}if(typeof r=="object"&&!(0,i.alwaysValidSchema)(f,r)){const r=t.name("valid");if(d.removeAdditional==="failing"){applyAdditionalSchema(n,r,false);t.if((0,s.not)(r),()=>{e.reset();deleteAdditional(n)})}else{applyAdditionalSchema(n,r);if(!u)t.if((0,s.not)(r),()=>t.break())}}}function applyAdditionalSchema(t,r,n){const s={keyword:"additionalProperties",dataProp:t,dataPropType:i.Type.Str};if(n===false){Object.assign(s,{compositeRule:true,createErrors:false,allErrors:false})}e.subschema(s,r)}}};t["default"]=c},39205:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(84464);const s={keyword:"allOf",schemaType:"array",code(e){const{gen:t,schema:r,it:s}=e;if(!Array.isArray(r))throw new Error("ajv implementation error");const a=t.name("valid");r.forEach((t,r)=>{if((0,n.alwaysValidSchema)(s,t))return;const i=e.subschema({keyword:"allOf",schemaProp:r},a);e.ok(a);e.mergeEvaluated(i)})}};t["default"]=s},89380:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(28484);const s={keyword:"anyOf",schemaType:"array",trackErrors:true,code:n.validateUnion,error:{message:"must match a schema in anyOf"}};t["default"]=s},16182:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s=r(84464);const a={message:({params:{min:e,max:t}})=>t===undefined?(0,n.str)`must contain at least ${e} valid item(s)`:(0,n.str)`must contain at least ${e} and no more than ${t} valid item(s)`,params:({params:{min:e,max:t}})=>t===undefined?(0,n._)`{minContains: ${e}}`:(0,n._)`{minContains: ${e}, maxContains: ${t}}`};const i={keyword:"contains",type:"array",schemaType:["object","boolean"],before:"uniqueItems",trackErrors:true,error:a,code(e){const{gen:t,schema:r,parentSchema:a,data:i,it:o}=e;let c;let l;const{minContains:f,maxContains:u}=a;if(o.opts.next){c=f===undefined?1:f;l=u}else{c=1}const d=t.const("len",(0,n._)`${i}.length`);e.setParams({min:c,max:l});if(l===undefined&&c===0){(0,s.checkStrictMode)(o,`"minContains" == 0 without "maxContains": "contains" keyword ignored`);return}if(l!==undefined&&c>l){(0,s.checkStrictMode)(o,`"minContains" > "maxContains" is always invalid`);e.fail();return}if((0,s.alwaysValidSchema)(o,r)){let t=(0,n._)`${d} >= ${c}`;if(l!==undefined)t=(0,n._)`${t} && ${d} <= ${l}`;e.pass(t);return}o.items=true;const p=t.name("valid");if(l===undefined&&c===1){validateItems(p,()=>t.if(p,()=>t.break()))}else if(c===0){t.let(p,true);if(l!==undefined)t.if((0,n._)`${i}.length > 0`,validateItemsWithCount)}else{t.let(p,false);validateItemsWithCount()}e.result(p,()=>e.reset());function validateItemsWithCount(){const e=t.name("_valid");const r=t.let("count",0);validateItems(e,()=>t.if(e,()=>checkLimits(r)))}function validateItems(r,n){t.forRange("i",0,d,t=>{e.subschema({keyword:"contains",dataProp:t,dataPropType:s.Type.Num,compositeRule:true},r);n()})}function checkLimits(e){t.code((0,n._)`${e}++`);if(l===undefined){t.if((0,n._)`${e} >= ${c}`,()=>t.assign(p,true).break())}else{t.if((0,n._)`${e} > ${l}`,()=>t.assign(p,false).break());if(c===1)t.assign(p,true);else t.if((0,n._)`${e} >= ${c}`,()=>t.assign(p,true))}}}};t["default"]=i},95826:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.validateSchemaDeps=t.validatePropertyDeps=t.error=void 0;const n=r(81436);const s=r(84464);const a=r(28484);t.error={message:({params:{property:e,depsCount:t,deps:r}})=>{const s=t===1?"property":"properties";return(0,n.str)`must have ${s} ${r} when property ${e} is present`},params:({params:{property:e,depsCount:t,deps:r,missingProperty:s}})=>(0,n._)`{property: ${e},
    missingProperty: ${s},
    depsCount: ${t},
    deps: ${r}}`};const i={keyword:"dependencies",type:"object",schemaType:"object",error:t.error,code(e){const[t,r]=splitDependencies(e);validatePropertyDeps(e,t);validateSchemaDeps(e,r)}};function splitDependencies({schema:e}){const t={};const r={};for(const n in e){if(n==="__proto__")continue;const s=Array.isArray(e[n])?t:r;s[n]=e[n]}return[t,r]}function validatePropertyDeps(e,t=e.schema){const{gen:r,data:s,it:i}=e;if(Object.keys(t).length===0)return;const o=r.let("missing");for(const c in t){const l=t[c];if(l.length===0)continue;const f=(0,a.propertyInData)(r,s,c,i.opts.ownProperties);e.setParams({property:c,depsCount:l.length,deps:l.join(", ")});if(i.allErrors){r.if(f,()=>{for(const t of l){(0,a.checkReportMissingProp)(e,t)}})}else{r.if((0,n._)`${f} && (${(0,a.checkMissingProp)(e,l,o)})`);(0,a.reportMissingProp)(e,o);r.else()}}}t.validatePropertyDeps=validatePropertyDeps;function validateSchemaDeps(e,t=e.schema){const{gen:r,data:n,keyword:i,it:o}=e;const c=r.name("valid");for(const l in t){if((0,s.alwaysValidSchema)(o,t[l]))continue;r.if((0,a.propertyInData)(r,n,l,o.opts.ownProperties),()=>{const t=e.subschema({keyword:i,schemaProp:l},c);e.mergeValidEvaluated(t,c)},()=>r.var(c,true));e.ok(c)}}t.validateSchemaDeps=validateSchemaDeps;t["default"]=i},48584:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s=r(84464);const a={message:({params:e})=>(0,n.str)`must match "${e.ifClause}" schema`,params:({params:e})=>(0,n._)`{failingKeyword: ${e.ifClause}}`};const i={keyword:"if",schemaType:["object","boolean"],trackErrors:true,error:a,code(e){const{gen:t,parentSchema:r,it:a}=e;if(r.then===undefined&&r.else===undefined){(0,s.checkStrictMode)(a,'"if" without "then" and "else" is ignored')}const i=hasSchema(a,"then");const o=hasSchema(a,"else");if(!i&&!o)return;const c=t.let("valid",true);const l=t.name("_valid");validateIf();e.reset();if(i&&o){const r=t.let("ifClause");e.setParams({ifClause:r});t.if(l,validateClause("then",r),validateClause("else",r))}else if(i){t.if(l,validateClause("then"))}else{t.if((0,n.not)(l),validateClause("else"))}e.pass(c,()=>e.error(true));function validateIf(){const t=e.subschema({keyword:"if",compositeRule:true,createErrors:false,allErrors:false},l);e.mergeEvaluated(t)}function validateClause(r,s){return()=>{const a=e.subschema({keyword:r},l);t.assign(c,l);e.mergeValidEvaluated(a,c);if(s)t.assign(s,(0,n._)`${r}`);else e.setParams({ifClause:r})}}}};function hasSchema(e,t){const r=e.schema[t];return r!==undefined&&!(0,s.alwaysValidSchema)(e,r)}t["default"]=i},28775:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(73448);const s=r(6467);const a=r(75791);const i=r(52959);const o=r(16182);const c=r(95826);const l=r(71372);const f=r(42431);const u=r(88778);const d=r(50664);const p=r(8350);const h=r(89380);const m=r(22490);const v=r(39205);const y=r(48584);const g=r(46829);function getApplicator(e=false){const t=[p.default,h.default,m.default,v.default,y.default,g.default,l.default,f.default,c.default,u.default,d.default];if(e)t.push(s.default,i.default);else t.push(n.default,a.default);t.push(o.default);return t}t["default"]=getApplicator},75791:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.validateTuple=void 0;const n=r(81436);const s=r(84464);const a=r(28484);const i={keyword:"items",type:"array",schemaType:["object","array","boolean"],before:"uniqueItems",code(e){const{schema:t,it:r}=e;if(Array.isArray(t))return validateTuple(e,"additionalItems",t);r.items=true;if((0,s.alwaysValidSchema)(r,t))return;e.ok((0,a.validateArray)(e))}};function validateTuple(e,t,r=e.schema){const{gen:a,parentSchema:i,data:o,keyword:c,it:l}=e;checkStrictTuple(i);if(l.opts.unevaluated&&r.length&&l.items!==true){l.items=s.mergeEvaluated.items(a,r.length,l.items)}const f=a.name("valid");const u=a.const("len",(0,n._)`${o}.length`);r.forEach((t,r)=>{if((0,s.alwaysValidSchema)(l,t))return;a.if((0,n._)`${u} > ${r}`,()=>e.subschema({keyword:c,schemaProp:r,dataProp:r},f));e.ok(f)});function checkStrictTuple(e){const{opts:n,errSchemaPath:a}=l;const i=r.length;const o=i===e.minItems&&(i===e.maxItems||e[t]===false);if(n.strictTuples&&!o){const e=`"${c}" is ${i}-tuple, but minItems or maxItems/${t} are not specified or different at path "${a}"`;(0,s.checkStrictMode)(l,e,n.strictTuples)}}}t.validateTuple=validateTuple;t["default"]=i},52959:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s=r(84464);const a=r(28484);const i=r(73448);const o={message:({params:{len:e}})=>(0,n.str)`must NOT have more than ${e} items`,params:({params:{len:e}})=>(0,n._)`{limit: ${e}}`};const c={keyword:"items",type:"array",schemaType:["object","boolean"],before:"uniqueItems",error:o,code(e){const{schema:t,parentSchema:r,it:n}=e;const{prefixItems:o}=r;n.items=true;if((0,s.alwaysValidSchema)(n,t))return;if(o)(0,i.validateAdditionalItems)(e,o);else e.ok((0,a.validateArray)(e))}};t["default"]=c},8350:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(84464);const s={keyword:"not",schemaType:["object","boolean"],trackErrors:true,code(e){const{gen:t,schema:r,it:s}=e;if((0,n.alwaysValidSchema)(s,r)){e.fail();return}const a=t.name("valid");e.subschema({keyword:"not",compositeRule:true,createErrors:false,allErrors:false},a);e.failResult(a,()=>e.reset(),()=>e.error())},error:{message:"must NOT be valid"}};t["default"]=s},22490:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s=r(84464);const a={message:"must match exactly one schema in oneOf",params:({params:e})=>(0,n._)`{passingSchemas: ${e.passing}}`};const i={keyword:"oneOf",schemaType:"array",trackErrors:true,error:a,code(e){const{gen:t,schema:r,parentSchema:a,it:i}=e;if(!Array.isArray(r))throw new Error("ajv implementation error");if(i.opts.discriminator&&a.discriminator)return;const o=r;const c=t.let("valid",false);const l=t.let("passing",null);const f=t.name("_valid");e.setParams({passing:l});t.block(validateOneOf);e.result(c,()=>e.reset(),()=>e.error(true));function validateOneOf(){o.forEach((r,a)=>{let o;if((0,s.alwaysValidSchema)(i,r)){t.var(f,true)}else{o=e.subschema({keyword:"oneOf",schemaProp:a,compositeRule:true},f)}if(a>0){t.if((0,n._)`${f} && ${c}`).assign(c,false).assign(l,(0,n._)`[${l}, ${a}]`).else()}t.if(f,()=>{t.assign(c,true);t.assign(l,a);if(o)e.mergeEvaluated(o,n.Name)})})}}};t["default"]=i},50664:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(28484);const s=r(81436);const a=r(84464);const i=r(84464);const o={keyword:"patternProperties",type:"object",schemaType:"object",code(e){const{gen:t,schema:r,data:o,parentSchema:c,it:l}=e;const{opts:f}=l;const u=(0,n.allSchemaProperties)(r);const d=u.filter(e=>(0,a.alwaysValidSchema)(l,r[e]));if(u.length===0||d.length===u.length&&(!l.opts.unevaluated||l.props===true)){return}const p=f.strictSchema&&!f.allowMatchingProperties&&c.properties;const h=t.name("valid");if(l.props!==true&&!(l.props instanceof s.Name)){l.props=(0,i.evaluatedPropsToName)(t,l.props)}const{props:m}=l;validatePatternProperties();function validatePatternProperties(){for(const e of u){if(p)checkMatchingProperties(e);if(l.allErrors){validateProperties(e)}else{t.var(h,true);validateProperties(e);t.if(h)}}}function checkMatchingProperties(e){for(const t in p){if(new RegExp(e).test(t)){(0,a.checkStrictMode)(l,`property ${t} matches pattern ${e} (use allowMatchingProperties)`)}}}function validateProperties(r){t.forIn("key",o,a=>{t.if((0,s._)`${(0,n.usePattern)(e,r)}.test(${a})`,()=>{const n=d.includes(r);if(!n){e.subschema({keyword:"patternProperties",schemaProp:r,dataProp:a,dataPropType:i.Type.Str},h)}if(l.opts.unevaluated&&m!==true){t.assign((0,s._)`${m}[${a}]`,true)}else if(!n&&!l.allErrors){t.if((0,s.not)(h),()=>t.break())}})})}}};t["default"]=o},6467:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(75791);const s={keyword:"prefixItems",type:"array",schemaType:["array"],before:"uniqueItems",code:e=>(0,n.validateTuple)(e,"items")};t["default"]=s},88778:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(87881);const s=r(28484);const a=r(84464);const i=r(42431);const o={keyword:"properties",type:"object",schemaType:"object",code(e){const{gen:t,schema:r,parentSchema:o,data:c,it:l}=e;if(l.opts.removeAdditional==="all"&&o.additionalProperties===undefined){i.default.code(new n.KeywordCxt(l,i.default,"additionalProperties"))}const f=(0,s.allSchemaProperties)(r);for(const e of f){l.definedProperties.add(e)}if(l.opts.unevaluated&&f.length&&l.props!==true){l.props=a.mergeEvaluated.props(t,(0,a.toHash)(f),l.props)}const u=f.filter(e=>!(0,a.alwaysValidSchema)(l,r[e]));if(u.length===0)return;const d=t.name("valid");for(const r of u){if(hasDefault(r)){applyPropertySchema(r)}else{t.if((0,s.propertyInData)(t,c,r,l.opts.ownProperties));applyPropertySchema(r);if(!l.allErrors)t.else().var(d,true);t.endIf()}e.it.definedProperties.add(r);e.ok(d)}function hasDefault(e){return l.opts.useDefaults&&!l.compositeRule&&r[e].default!==undefined}function applyPropertySchema(t){e.subschema({keyword:"properties",schemaProp:t,dataProp:t},d)}}};t["default"]=o},71372:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s=r(84464);const a={message:"property name must be valid",params:({params:e})=>(0,n._)`{propertyName: ${e.propertyName}}`};const i={keyword:"propertyNames",type:"object",schemaType:["object","boolean"],error:a,code(e){const{gen:t,schema:r,data:a,it:i}=e;if((0,s.alwaysValidSchema)(i,r))return;const o=t.name("valid");t.forIn("key",a,r=>{e.setParams({propertyName:r});e.subschema({keyword:"propertyNames",data:r,dataTypes:["string"],propertyName:r,compositeRule:true},o);t.if((0,n.not)(o),()=>{e.error(true);if(!i.allErrors)t.break()})});e.ok(o)}};t["default"]=i},46829:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(84464);const s={keyword:["then","else"],schemaType:["object","boolean"],code({keyword:e,parentSchema:t,it:r}){if(t.if===undefined)(0,n.checkStrictMode)(r,`"${e}" without "if" is ignored`)}};t["default"]=s},28484:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.validateUnion=t.validateArray=t.usePattern=t.callValidateCode=t.schemaProperties=t.allSchemaProperties=t.noPropertyInData=t.propertyInData=t.isOwnProperty=t.hasPropFunc=t.reportMissingProp=t.checkMissingProp=t.checkReportMissingProp=void 0;const n=r(81436);const s=r(84464);const a=r(90630);const i=r(84464);function checkReportMissingProp(e,t){const{gen:r,data:s,it:a}=e;r.if(noPropertyInData(r,s,t,a.opts.ownProperties),()=>{e.setParams({missingProperty:(0,n._)`${t}`},true);e.error()})}t.checkReportMissingProp=checkReportMissingProp;function checkMissingProp({gen:e,data:t,it:{opts:r}},s,a){return(0,n.or)(...s.map(s=>(0,n.and)(noPropertyInData(e,t,s,r.ownProperties),(0,n._)`${a} = ${s}`)))}t.checkMissingProp=checkMissingProp;function reportMissingProp(e,t){e.setParams({missingProperty:t},true);e.error()}t.reportMissingProp=reportMissingProp;function hasPropFunc(e){return e.scopeValue("func",{ref:Object.prototype.hasOwnProperty,code:(0,n._)`Object.prototype.hasOwnProperty`})}t.hasPropFunc=hasPropFunc;function isOwnProperty(e,t,r){return(0,n._)`${hasPropFunc(e)}.call(${t}, ${r})`}t.isOwnProperty=isOwnProperty;function propertyInData(e,t,r,s){const a=(0,n._)`${t}${(0,n.getProperty)(r)} !== undefined`;return s?(0,n._)`${a} && ${isOwnProperty(e,t,r)}`:a}t.propertyInData=propertyInData;function noPropertyInData(e,t,r,s){const a=(0,n._)`${t}${(0,n.getProperty)(r)} === undefined`;return s?(0,n.or)(a,(0,n.not)(isOwnProperty(e,t,r))):a}t.noPropertyInData=noPropertyInData;function allSchemaProperties(e){return e?Object.keys(e).filter(e=>e!=="__proto__"):[]}t.allSchemaProperties=allSchemaProperties;function schemaProperties(e,t){return allSchemaProperties(t).filter(r=>!(0,s.alwaysValidSchema)(e,t[r]))}t.schemaProperties=schemaProperties;function callValidateCode({schemaCode:e,data:t,it:{gen:r,topSchemaRef:s,schemaPath:i,errorPath:o},it:c},l,f,u){const d=u?(0,n._)`${e}, ${t}, ${s}${i}`:t;const p=[[a.default.instancePath,(0,n.strConcat)(a.default.instancePath,o)],[a.default.parentData,c.parentData],[a.default.parentDataProperty,c.parentDataProperty],[a.default.rootData,a.default.rootData]];if(c.opts.dynamicRef)p.push([a.default.dynamicAnchors,a.default.dynamicAnchors]);const h=(0,n._)`${d}, ${r.object(...p)}`;return f!==n.nil?(0,n._)`${l}.call(${f}, ${h})`:(0,n._)`${l}(${h})`}t.callValidateCode=callValidateCode;const o=(0,n._)`new RegExp`;function usePattern({gen:e,it:{opts:t}},r){const s=t.unicodeRegExp?"u":"";const{regExp:a}=t.code;const c=a(r,s);return e.scopeValue("pattern",{key:c.toString(),ref:c,code:(0,n._)`${a.code==="new RegExp"?o:(0,i.useFunc)(e,a)}(${r}, ${s})`})}t.usePattern=usePattern;function validateArray(e){const{gen:t,data:r,keyword:a,it:i}=e;const o=t.name("valid");if(i.allErrors){const e=t.let("valid",true);validateItems(()=>t.assign(e,false));return e}t.var(o,true);validateItems(()=>t.break());return o;function validateItems(i){const c=t.const("len",(0,n._)`${r}.length`);t.forRange("i",0,c,r=>{e.subschema({keyword:a,dataProp:r,dataPropType:s.Type.Num},o);t.if((0,n.not)(o),i)})}}t.validateArray=validateArray;function validateUnion(e){const{gen:t,schema:r,keyword:a,it:i}=e;if(!Array.isArray(r))throw new Error("ajv implementation error");const o=r.some(e=>(0,s.alwaysValidSchema)(i,e));if(o&&!i.opts.unevaluated)return;const c=t.let("valid",false);const l=t.name("_valid");t.block(()=>r.forEach((r,s)=>{const i=e.subschema({keyword:a,schemaProp:s,compositeRule:true},l);t.assign(c,(0,n._)`${c} || ${l}`);const o=e.mergeValidEvaluated(i,l);if(!o)t.if((0,n.not)(c))}));e.result(c,()=>e.reset(),()=>e.error(true))}t.validateUnion=validateUnion},69872:(e,t)=>{Object.defineProperty(t,"__esModule",{value:true});const r={keyword:"id",code(){throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID')}};t["default"]=r},97397:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(69872);const s=r(92996);const a=["$schema","$id","$defs","$vocabulary",{keyword:"$comment"},"definitions",n.default,s.default];t["default"]=a},92996:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});t.callRef=t.getValidate=void 0;const n=r(53162);const s=r(28484);const a=r(81436);const i=r(90630);const o=r(2718);const c=r(84464);const l={keyword:"$ref",schemaType:"string",code(e){const{gen:t,schema:r,it:s}=e;const{baseId:i,schemaEnv:c,validateName:l,opts:f,self:u}=s;const{root:d}=c;if((r==="#"||r==="#/")&&i===d.baseId)return callRootRef();const p=o.resolveRef.call(u,d,i,r);if(p===undefined)throw new n.default(s.opts.uriResolver,i,r);if(p instanceof o.SchemaEnv)return callValidate(p);return inlineRefSchema(p);function callRootRef(){if(c===d)return callRef(e,l,c,c.$async);const r=t.scopeValue("root",{ref:d});return callRef(e,(0,a._)`${r}.validate`,d,d.$async)}function callValidate(t){const r=getValidate(e,t);callRef(e,r,t,t.$async)}function inlineRefSchema(n){const s=t.scopeValue("schema",f.code.source===true?{ref:n,code:(0,a.stringify)(n)}:{ref:n});const i=t.name("valid");const o=e.subschema({schema:n,dataTypes:[],schemaPath:a.nil,topSchemaRef:s,errSchemaPath:r},i);e.mergeEvaluated(o);e.ok(i)}}};function getValidate(e,t){const{gen:r}=e;return t.validate?r.scopeValue("validate",{ref:t.validate}):(0,a._)`${r.scopeValue("wrapper",{ref:t})}.validate`}t.getValidate=getValidate;function callRef(e,t,r,n){const{gen:o,it:l}=e;const{allErrors:f,schemaEnv:u,opts:d}=l;const p=d.passContext?i.default.this:a.nil;if(n)callAsyncRef();else callSyncRef();function callAsyncRef(){if(!u.$async)throw new Error("async schema referenced by sync schema");const r=o.let("valid");o.try(()=>{o.code((0,a._)`await ${(0,s.callValidateCode)(e,t,p)}`);addEvaluatedFrom(t);if(!f)o.assign(r,true)},e=>{o.if((0,a._)`!(${e} instanceof ${l.ValidationError})`,()=>o.throw(e));addErrorsFrom(e);if(!f)o.assign(r,false)});e.ok(r)}function callSyncRef(){e.result((0,s.callValidateCode)(e,t,p),()=>addEvaluatedFrom(t),()=>addErrorsFrom(t))}function addErrorsFrom(e){const t=(0,a._)`${e}.errors`;o.assign(i.default.vErrors,(0,a._)`${i.default.vErrors} === null ? ${t} : ${i.default.vErrors}.concat(${t})`);o.assign(i.default.errors,(0,a._)`${i.default.vErrors}.length`)}function addEvaluatedFrom(e){var t;if(!l.opts.unevaluated)return;const n=(t=r===null||r===void 0?void 0:r.validate)===null||t===void 0?void 0:t.evaluated;if(l.props!==true){if(n&&!n.dynamicProps){if(n.props!==undefined){l.props=c.mergeEvaluated.props(o,n.props,l.props)}}else{const t=o.var("props",(0,a._)`${e}.evaluated.props`);l.props=c.mergeEvaluated.props(o,t,l.props,a.Name)}}if(l.items!==true){if(n&&!n.dynamicItems){if(n.items!==undefined){l.items=c.mergeEvaluated.items(o,n.items,l.items)}}else{const t=o.var("items",(0,a._)`${e}.evaluated.items`);l.items=c.mergeEvaluated.items(o,t,l.items,a.Name)}}}}t.callRef=callRef;t["default"]=l},28886:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s=r(87115);const a=r(2718);const i=r(53162);const o=r(84464);const c={message:({params:{discrError:e,tagName:t}})=>e===s.DiscrError.Tag?`tag "${t}" must be string`:`value of tag "${t}" must be in oneOf`,params:({params:{discrError:e,tag:t,tagName:r}})=>(0,n._)`{error: ${e}, tag: ${r}, tagValue: ${t}}`};const l={keyword:"discriminator",type:"object",schemaType:"object",error:c,code(e){const{gen:t,data:r,schema:c,parentSchema:l,it:f}=e;const{oneOf:u}=l;if(!f.opts.discriminator){throw new Error("discriminator: requires discriminator option")}const d=c.propertyName;if(typeof d!="string")throw new Error("discriminator: requires propertyName");if(c.mapping)throw new Error("discriminator: mapping is not supported");if(!u)throw new Error("discriminator: requires oneOf keyword");const p=t.let("valid",false);const h=t.const("tag",(0,n._)`${r}${(0,n.getProperty)(d)}`);t.if((0,n._)`typeof ${h} == "string"`,()=>validateMapping(),()=>e.error(false,{discrError:s.DiscrError.Tag,tag:h,tagName:d}));e.ok(p);function validateMapping(){const r=getMapping();t.if(false);for(const e in r){t.elseIf((0,n._)`${h} === ${e}`);t.assign(p,applyTagSchema(r[e]))}t.else();e.error(false,{discrError:s.DiscrError.Mapping,tag:h,tagName:d});t.endIf()}function applyTagSchema(r){const s=t.name("valid");const a=e.subschema({keyword:"oneOf",schemaProp:r},s);e.mergeEvaluated(a,n.Name);return s}function getMapping(){var e;const t={};const r=hasRequired(l);let n=true;for(let t=0;t<u.length;t++){let s=u[t];if((s===null||s===void 0?void 0:s.$ref)&&!(0,o.schemaHasRulesButRef)(s,f.self.RULES)){const e=s.$ref;s=a.resolveRef.call(f.self,f.schemaEnv.root,f.baseId,e);if(s instanceof a.SchemaEnv)s=s.schema;if(s===undefined)throw new i.default(f.opts.uriResolver,f.baseId,e)}const c=(e=s===null||s===void 0?void 0:s.properties)===null||e===void 0?void 0:e[d];if(typeof c!="object"){throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${d}"`)}n=n&&(r||hasRequired(s));addMappings(c,t)}if(!n)throw new Error(`discriminator: "${d}" must be required`);return t;function hasRequired({required:e}){return Array.isArray(e)&&e.includes(d)}function addMappings(e,t){if(e.const){addMapping(e.const,t)}else if(e.enum){for(const r of e.enum){addMapping(r,t)}}else{throw new Error(`discriminator: "properties/${d}" must have "const" or "enum"`)}}function addMapping(e,r){if(typeof e!="string"||e in t){throw new Error(`discriminator: "${d}" values must be unique strings`)}t[e]=r}}}};t["default"]=l},87115:(e,t)=>{Object.defineProperty(t,"__esModule",{value:true});t.DiscrError=void 0;var r;(function(e){e["Tag"]="tag";e["Mapping"]="mapping"})(r||(t.DiscrError=r={}))},39941:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(97397);const s=r(85481);const a=r(28775);const i=r(72601);const o=r(56620);const c=[n.default,s.default,(0,a.default)(),i.default,o.metadataVocabulary,o.contentVocabulary];t["default"]=c},26402:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s={message:({schemaCode:e})=>(0,n.str)`must match format "${e}"`,params:({schemaCode:e})=>(0,n._)`{format: ${e}}`};const a={keyword:"format",type:["number","string"],schemaType:"string",$data:true,error:s,code(e,t){const{gen:r,data:s,$data:a,schema:i,schemaCode:o,it:c}=e;const{opts:l,errSchemaPath:f,schemaEnv:u,self:d}=c;if(!l.validateFormats)return;if(a)validate$DataFormat();else validateFormat();function validate$DataFormat(){const a=r.scopeValue("formats",{ref:d.formats,code:l.code.formats});const i=r.const("fDef",(0,n._)`${a}[${o}]`);const c=r.let("fType");const f=r.let("format");r.if((0,n._)`typeof ${i} == "object" && !(${i} instanceof RegExp)`,()=>r.assign(c,(0,n._)`${i}.type || "string"`).assign(f,(0,n._)`${i}.validate`),()=>r.assign(c,(0,n._)`"string"`).assign(f,i));e.fail$data((0,n.or)(unknownFmt(),invalidFmt()));function unknownFmt(){if(l.strictSchema===false)return n.nil;return(0,n._)`${o} && !${f}`}function invalidFmt(){const e=u.$async?(0,n._)`(${i}.async ? await ${f}(${s}) : ${f}(${s}))`:(0,n._)`${f}(${s})`;const r=(0,n._)`(typeof ${f} == "function" ? ${e} : ${f}.test(${s}))`;return(0,n._)`${f} && ${f} !== true && ${c} === ${t} && !${r}`}}function validateFormat(){const a=d.formats[i];if(!a){unknownFormat();return}if(a===true)return;const[o,c,p]=getFormat(a);if(o===t)e.pass(validCondition());function unknownFormat(){if(l.strictSchema===false){d.logger.warn(unknownMsg());return}throw new Error(unknownMsg());function unknownMsg(){return`unknown format "${i}" ignored in schema at path "${f}"`}}function getFormat(e){const t=e instanceof RegExp?(0,n.regexpCode)(e):l.code.formats?(0,n._)`${l.code.formats}${(0,n.getProperty)(i)}`:undefined;const s=r.scopeValue("formats",{key:i,ref:e,code:t});if(typeof e=="object"&&!(e instanceof RegExp)){return[e.type||"string",e.validate,(0,n._)`${s}.validate`]}return["string",e,s]}function validCondition(){if(typeof a=="object"&&!(a instanceof RegExp)&&a.async){if(!u.$async)throw new Error("async format in sync schema");return(0,n._)`await ${p}(${s})`}return typeof c=="function"?(0,n._)`${p}(${s})`:(0,n._)`${p}.test(${s})`}}}};t["default"]=a},72601:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(26402);const s=[n.default];t["default"]=s},56620:(e,t)=>{Object.defineProperty(t,"__esModule",{value:true});t.contentVocabulary=t.metadataVocabulary=void 0;t.metadataVocabulary=["title","description","default","deprecated","readOnly","writeOnly","examples"];t.contentVocabulary=["contentMediaType","contentEncoding","contentSchema"]},98026:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s=r(84464);const a=r(24951);const i={message:"must be equal to constant",params:({schemaCode:e})=>(0,n._)`{allowedValue: ${e}}`};const o={keyword:"const",$data:true,error:i,code(e){const{gen:t,data:r,$data:i,schemaCode:o,schema:c}=e;if(i||c&&typeof c=="object"){e.fail$data((0,n._)`!${(0,s.useFunc)(t,a.default)}(${r}, ${o})`)}else{e.fail((0,n._)`${c} !== ${r}`)}}};t["default"]=o},93200:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s=r(84464);const a=r(24951);const i={message:"must be equal to one of the allowed values",params:({schemaCode:e})=>(0,n._)`{allowedValues: ${e}}`};const o={keyword:"enum",schemaType:"array",$data:true,error:i,code(e){const{gen:t,data:r,$data:i,schema:o,schemaCode:c,it:l}=e;if(!i&&o.length===0)throw new Error("enum must have non-empty array");const f=o.length>=l.opts.loopEnum;let u;const getEql=()=>u!==null&&u!==void 0?u:u=(0,s.useFunc)(t,a.default);let d;if(f||i){d=t.let("valid");e.block$data(d,loopEnum)}else{if(!Array.isArray(o))throw new Error("ajv implementation error");const e=t.const("vSchema",c);d=(0,n.or)(...o.map((t,r)=>equalCode(e,r)))}e.pass(d);function loopEnum(){t.assign(d,false);t.forOf("v",c,e=>t.if((0,n._)`${getEql()}(${r}, ${e})`,()=>t.assign(d,true).break()))}function equalCode(e,t){const s=o[t];return typeof s==="object"&&s!==null?(0,n._)`${getEql()}(${r}, ${e}[${t}])`:(0,n._)`${r} === ${s}`}}};t["default"]=o},85481:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(43723);const s=r(18132);const a=r(46962);const i=r(96023);const o=r(895);const c=r(94504);const l=r(36296);const f=r(65132);const u=r(98026);const d=r(93200);const p=[n.default,s.default,a.default,i.default,o.default,c.default,l.default,f.default,{keyword:"type",schemaType:["string","array"]},{keyword:"nullable",schemaType:"boolean"},u.default,d.default];t["default"]=p},36296:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s={message({keyword:e,schemaCode:t}){const r=e==="maxItems"?"more":"fewer";return(0,n.str)`must NOT have ${r} than ${t} items`},params:({schemaCode:e})=>(0,n._)`{limit: ${e}}`};const a={keyword:["maxItems","minItems"],type:"array",schemaType:"number",$data:true,error:s,code(e){const{keyword:t,data:r,schemaCode:s}=e;const a=t==="maxItems"?n.operators.GT:n.operators.LT;e.fail$data((0,n._)`${r}.length ${a} ${s}`)}};t["default"]=a},46962:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s=r(84464);const a=r(36214);const i={message({keyword:e,schemaCode:t}){const r=e==="maxLength"?"more":"fewer";return(0,n.str)`must NOT have ${r} than ${t} characters`},params:({schemaCode:e})=>(0,n._)`{limit: ${e}}`};const o={keyword:["maxLength","minLength"],type:"string",schemaType:"number",$data:true,error:i,code(e){const{keyword:t,data:r,schemaCode:i,it:o}=e;const c=t==="maxLength"?n.operators.GT:n.operators.LT;const l=o.opts.unicode===false?(0,n._)`${r}.length`:(0,n._)`${(0,s.useFunc)(e.gen,a.default)}(${r})`;e.fail$data((0,n._)`${l} ${c} ${i}`)}};t["default"]=o},43723:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s=n.operators;const a={maximum:{okStr:"<=",ok:s.LTE,fail:s.GT},minimum:{okStr:">=",ok:s.GTE,fail:s.LT},exclusiveMaximum:{okStr:"<",ok:s.LT,fail:s.GTE},exclusiveMinimum:{okStr:">",ok:s.GT,fail:s.LTE}};const i={message:({keyword:e,schemaCode:t})=>(0,n.str)`must be ${a[e].okStr} ${t}`,params:({keyword:e,schemaCode:t})=>(0,n._)`{comparison: ${a[e].okStr}, limit: ${t}}`};const o={keyword:Object.keys(a),type:"number",schemaType:"number",$data:true,error:i,code(e){const{keyword:t,data:r,schemaCode:s}=e;e.fail$data((0,n._)`${r} ${a[t].fail} ${s} || isNaN(${r})`)}};t["default"]=o},895:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s={message({keyword:e,schemaCode:t}){const r=e==="maxProperties"?"more":"fewer";return(0,n.str)`must NOT have ${r} than ${t} properties`},params:({schemaCode:e})=>(0,n._)`{limit: ${e}}`};const a={keyword:["maxProperties","minProperties"],type:"object",schemaType:"number",$data:true,error:s,code(e){const{keyword:t,data:r,schemaCode:s}=e;const a=t==="maxProperties"?n.operators.GT:n.operators.LT;e.fail$data((0,n._)`Object.keys(${r}).length ${a} ${s}`)}};t["default"]=a},18132:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(81436);const s={message:({schemaCode:e})=>(0,n.str)`must be multiple of ${e}`,params:({schemaCode:e})=>(0,n._)`{multipleOf: ${e}}`};const a={keyword:"multipleOf",type:"number",schemaType:"number",$data:true,error:s,code(e){const{gen:t,data:r,schemaCode:s,it:a}=e;const i=a.opts.multipleOfPrecision;const o=t.let("res");const c=i?(0,n._)`Math.abs(Math.round(${o}) - ${o}) > 1e-${i}`:(0,n._)`${o} !== parseInt(${o})`;e.fail$data((0,n._)`(${s} === 0 || (${o} = ${r}/${s}, ${c}))`)}};t["default"]=a},96023:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(28484);const s=r(84464);const a=r(81436);const i={message:({schemaCode:e})=>(0,a.str)`must match pattern "${e}"`,params:({schemaCode:e})=>(0,a._)`{pattern: ${e}}`};const o={keyword:"pattern",type:"string",schemaType:"string",$data:true,error:i,code(e){const{gen:t,data:r,$data:i,schema:o,schemaCode:c,it:l}=e;const f=l.opts.unicodeRegExp?"u":"";if(i){const{regExp:n}=l.opts.code;const i=n.code==="new RegExp"?(0,a._)`new RegExp`:(0,s.useFunc)(t,n);const o=t.let("valid");t.try(()=>t.assign(o,(0,a._)`${i}(${c}, ${f}).test(${r})`),()=>t.assign(o,false));e.fail$data((0,a._)`!${o}`)}else{const t=(0,n.usePattern)(e,o);e.fail$data((0,a._)`!${t}.test(${r})`)}}};t["default"]=o},94504:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(28484);const s=r(81436);const a=r(84464);const i={message:({params:{missingProperty:e}})=>(0,s.str)`must have required property '${e}'`,params:({params:{missingProperty:e}})=>(0,s._)`{missingProperty: ${e}}`};const o={keyword:"required",type:"object",schemaType:"array",$data:true,error:i,code(e){const{gen:t,schema:r,schemaCode:i,data:o,$data:c,it:l}=e;const{opts:f}=l;if(!c&&r.length===0)return;const u=r.length>=f.loopRequired;if(l.allErrors)allErrorsMode();else exitOnErrorMode();if(f.strictRequired){const t=e.parentSchema.properties;const{definedProperties:n}=e.it;for(const e of r){if((t===null||t===void 0?void 0:t[e])===undefined&&!n.has(e)){const t=l.schemaEnv.baseId+l.errSchemaPath;const r=`required property "${e}" is not defined at "${t}" (strictRequired)`;(0,a.checkStrictMode)(l,r,l.opts.strictRequired)}}}function allErrorsMode(){if(u||c){e.block$data(s.nil,loopAllRequired)}else{for(const t of r){(0,n.checkReportMissingProp)(e,t)}}}function exitOnErrorMode(){const s=t.let("missing");if(u||c){const r=t.let("valid",true);e.block$data(r,()=>loopUntilMissing(s,r));e.ok(r)}else{t.if((0,n.checkMissingProp)(e,r,s));(0,n.reportMissingProp)(e,s);t.else()}}function loopAllRequired(){t.forOf("prop",i,r=>{e.setParams({missingProperty:r});t.if((0,n.noPropertyInData)(t,o,r,f.ownProperties),()=>e.error())})}function loopUntilMissing(r,a){e.setParams({missingProperty:r});t.forOf(r,i,()=>{t.assign(a,(0,n.propertyInData)(t,o,r,f.ownProperties));t.if((0,s.not)(a),()=>{e.error();t.break()})},s.nil)}}};t["default"]=o},65132:(e,t,r)=>{Object.defineProperty(t,"__esModule",{value:true});const n=r(86685);const s=r(81436);const a=r(84464);const i=r(24951);const o={message:({params:{i:e,j:t}})=>(0,s.str)`must NOT have duplicate items (items ## ${t} and ${e} are identical)`,params:({params:{i:e,j:t}})=>(0,s._)`{i: ${e}, j: ${t}}`};const c={keyword:"uniqueItems",type:"array",schemaType:"boolean",$data:true,error:o,code(e){const{gen:t,data:r,$data:o,schema:c,parentSchema:l,schemaCode:f,it:u}=e;if(!o&&!c)return;const d=t.let("valid");const p=l.items?(0,n.getSchemaTypes)(l.items):[];e.block$data(d,validateUniqueItems,(0,s._)`${f} === false`);e.ok(d);function validateUniqueItems(){const n=t.let("i",(0,s._)`${r}.length`);const a=t.let("j");e.setParams({i:n,j:a});t.assign(d,true);t.if((0,s._)`${n} > 1`,()=>(canOptimize()?loopN:loopN2)(n,a))}function canOptimize(){return p.length>0&&!p.some(e=>e==="object"||e==="array")}function loopN(a,i){const o=t.name("item");const c=(0,n.checkDataTypes)(p,o,u.opts.strictNumbers,n.DataType.Wrong);const l=t.const("indices",(0,s._)`{}`);t.for((0,s._)`;${a}--;`,()=>{t.let(o,(0,s._)`${r}[${a}]`);t.if(c,(0,s._)`continue`);if(p.length>1)t.if((0,s._)`typeof ${o} == "string"`,(0,s._)`${o} += "_"`);t.if((0,s._)`typeof ${l}[${o}] == "number"`,()=>{t.assign(i,(0,s._)`${l}[${o}]`);e.error();t.assign(d,false).break()}).code((0,s._)`${l}[${o}] = ${a}`)})}function loopN2(n,o){const c=(0,a.useFunc)(t,i.default);const l=t.name("outer");t.label(l).for((0,s._)`;${n}--;`,()=>t.for((0,s._)`${o} = ${n}; ${o}--;`,()=>t.if((0,s._)`${c}(${r}[${n}], ${r}[${o}])`,()=>{e.error();t.assign(d,false).break(l)})))}}};t["default"]=c},23430:e=>{e.exports=function equal(e,t){if(e===t)return true;if(e&&t&&typeof e=="object"&&typeof t=="object"){if(e.constructor!==t.constructor)return false;var r,n,s;if(Array.isArray(e)){r=e.length;if(r!=t.length)return false;for(n=r;n--!==0;)if(!equal(e[n],t[n]))return false;return true}if(e.constructor===RegExp)return e.source===t.source&&e.flags===t.flags;if(e.valueOf!==Object.prototype.valueOf)return e.valueOf()===t.valueOf();if(e.toString!==Object.prototype.toString)return e.toString()===t.toString();s=Object.keys(e);r=s.length;if(r!==Object.keys(t).length)return false;for(n=r;n--!==0;)if(!Object.prototype.hasOwnProperty.call(t,s[n]))return false;for(n=r;n--!==0;){var a=s[n];if(!equal(e[a],t[a]))return false}return true}return e!==e&&t!==t}},81167:e=>{var t=e.exports=function(e,t,r){if(typeof t=="function"){r=t;t={}}r=t.cb||r;var n=typeof r=="function"?r:r.pre||function(){};var s=r.post||function(){};_traverse(t,n,s,e,"",e)};t.keywords={additionalItems:true,items:true,contains:true,additionalProperties:true,propertyNames:true,not:true,if:true,then:true,else:true};t.arrayKeywords={items:true,allOf:true,anyOf:true,oneOf:true};t.propsKeywords={$defs:true,definitions:true,properties:true,patternProperties:true,dependencies:true};t.skipKeywords={default:true,enum:true,const:true,required:true,maximum:true,minimum:true,exclusiveMaximum:true,exclusiveMinimum:true,multipleOf:true,maxLength:true,minLength:true,pattern:true,format:true,maxItems:true,minItems:true,uniqueItems:true,maxProperties:true,minProperties:true};function _traverse(e,r,n,s,a,i,o,c,l,f){if(s&&typeof s=="object"&&!Array.isArray(s)){r(s,a,i,o,c,l,f);for(var u in s){var d=s[u];if(Array.isArray(d)){if(u in t.arrayKeywords){for(var p=0;p<d.length;p++)_traverse(e,r,n,d[p],a+"/"+u+"/"+p,i,a,u,s,p)}}else if(u in t.propsKeywords){if(d&&typeof d=="object"){for(var h in d)_traverse(e,r,n,d[h],a+"/"+u+"/"+escapeJsonPtr(h),i,a,u,s,h)}}else if(u in t.keywords||e.allKeys&&!(u in t.skipKeywords)){_traverse(e,r,n,d,a+"/"+u,i,a,u,s)}}n(s,a,i,o,c,l,f)}}function escapeJsonPtr(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}},5546:(e,t,r)=>{e.exports=r(67084)},67084:(e,t,r)=>{var n=r(39538);t.operation=function(e){var r=t.timeouts(e);return new n(r,{forever:e&&(e.forever||e.retries===Infinity),unref:e&&e.unref,maxRetryTime:e&&e.maxRetryTime})};t.timeouts=function(e){if(e instanceof Array){return[].concat(e)}var t={retries:10,factor:2,minTimeout:1*1e3,maxTimeout:Infinity,randomize:false};for(var r in e){t[r]=e[r]}if(t.minTimeout>t.maxTimeout){throw new Error("minTimeout is greater than maxTimeout")}var n=[];for(var s=0;s<t.retries;s++){n.push(this.createTimeout(s,t))}if(e&&e.forever&&!n.length){n.push(this.createTimeout(s,t))}n.sort(function(e,t){return e-t});return n};t.createTimeout=function(e,t){var r=t.randomize?Math.random()+1:1;var n=Math.round(r*Math.max(t.minTimeout,1)*Math.pow(t.factor,e));n=Math.min(n,t.maxTimeout);return n};t.wrap=function(e,r,n){if(r instanceof Array){n=r;r=null}if(!n){n=[];for(var s in e){if(typeof e[s]==="function"){n.push(s)}}}for(var a=0;a<n.length;a++){var i=n[a];var o=e[i];e[i]=function retryWrapper(n){var s=t.operation(r);var a=Array.prototype.slice.call(arguments,1);var i=a.pop();a.push(function(e){if(s.retry(e)){return}if(e){arguments[0]=s.mainError()}i.apply(this,arguments)});s.attempt(function(){n.apply(e,a)})}.bind(e,o);e[i].options=r}}},39538:e=>{function RetryOperation(e,t){if(typeof t==="boolean"){t={forever:t}}this._originalTimeouts=JSON.parse(JSON.stringify(e));this._timeouts=e;this._options=t||{};this._maxRetryTime=t&&t.maxRetryTime||Infinity;this._fn=null;this._errors=[];this._attempts=1;this._operationTimeout=null;this._operationTimeoutCb=null;this._timeout=null;this._operationStart=null;this._timer=null;if(this._options.forever){this._cachedTimeouts=this._timeouts.slice(0)}}e.exports=RetryOperation;RetryOperation.prototype.reset=function(){this._attempts=1;this._timeouts=this._originalTimeouts.slice(0)};RetryOperation.prototype.stop=function(){if(this._timeout){clearTimeout(this._timeout)}if(this._timer){clearTimeout(this._timer)}this._timeouts=[];this._cachedTimeouts=null};RetryOperation.prototype.retry=function(e){if(this._timeout){clearTimeout(this._timeout)}if(!e){return false}var t=(new Date).getTime();if(e&&t-this._operationStart>=this._maxRetryTime){this._errors.push(e);this._errors.unshift(new Error("RetryOperation timeout occurred"));return false}this._errors.push(e);var r=this._timeouts.shift();if(r===undefined){if(this._cachedTimeouts){this._errors.splice(0,this._errors.length-1);r=this._cachedTimeouts.slice(-1)}else{return false}}var n=this;this._timer=setTimeout(function(){n._attempts++;if(n._operationTimeoutCb){n._timeout=setTimeout(function(){n._operationTimeoutCb(n._attempts)},n._operationTimeout);if(n._options.unref){n._timeout.unref()}}n._fn(n._attempts)},r);if(this._options.unref){this._timer.unref()}return true};RetryOperation.prototype.attempt=function(e,t){this._fn=e;if(t){if(t.timeout){this._operationTimeout=t.timeout}if(t.cb){this._operationTimeoutCb=t.cb}}var r=this;if(this._operationTimeoutCb){this._timeout=setTimeout(function(){r._operationTimeoutCb()},r._operationTimeout)}this._operationStart=(new Date).getTime();this._fn(this._attempts)};RetryOperation.prototype.try=function(e){console.log("Using RetryOperation.try() is deprecated");this.attempt(e)};RetryOperation.prototype.start=function(e){console.log("Using RetryOperation.start() is deprecated");this.attempt(e)};RetryOperation.prototype.start=RetryOperation.prototype.try;RetryOperation.prototype.errors=function(){return this._errors};RetryOperation.prototype.attempts=function(){return this._attempts};RetryOperation.prototype.mainError=function(){if(this._errors.length===0){return null}var e={};var t=null;var r=0;for(var n=0;n<this._errors.length;n++){var s=this._errors[n];var a=s.message;var i=(e[a]||0)+1;e[a]=i;if(i>=r){t=s;r=i}}return t}},24352:(e,t,r)=>{const{normalizeIPv6:n,removeDotSegments:s,removeDotSegmentsRelative:a,recomposeAuthority:i,normalizePercentEncoding:o,normalizePathEncoding:c,serializePathEncoding:l,normalizeQueryFragmentEncoding:f,encodeQuery:u,encodeFragment:d,reescapeHostDelimiters:p,isIPv4:h,nonSimpleDomain:m}=r(15077);const{SCHEMES:v,getSchemeHandler:y}=r(75300);const g=/^[A-Za-z][A-Za-z0-9+.-]*$/u;const w="URI scheme is malformed.";const b="URI host is malformed.";const S=/[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;function validateScheme(e){const t=String(e);if(!g.test(t)){throw new TypeError(w)}return t}function normalize(e,t){if(typeof e==="string"){e=normalizeString(e,t)}else if(typeof e==="object"){e=parse(serialize(e,t),t)}return e}function resolve(e,t,r){const s=r?Object.assign({scheme:"null"},r):{scheme:"null"};const{parsed:a,malformedAuthorityOrPort:i,malformedPercentEncoding:o,malformedSchemeSpecific:c,malformedHost:l,malformedScheme:f}=parseWithStatus(e,s);const{parsed:u,malformedAuthorityOrPort:d,malformedPercentEncoding:p,malformedSchemeSpecific:m,malformedHost:v,malformedScheme:g}=parseWithStatus(t,s);if(i||d||o||p||c||m||l||v||f||g){throw new Error(a.error||u.error||"URI is malformed.")}const w=resolveComponent(a,u,s,true);const S=y(r&&r.scheme||w.scheme);const $=w.host;const x=$!==undefined&&$!==""&&(h($)||n($).isIPV6);if(hasForbiddenDomainHost(w,r||{},S,x)){throw new Error(b)}canonicalizeHost(w,r||{},S,x);const k=$&&$.indexOf("%")!==-1&&!/\P{ASCII}/u.test($);if(w.error&&!k){throw new Error(w.error)}s.skipEscape=true;return serialize(w,s)}function resolveComponent(e,t,r,n){const i={};if(!n){e=parse(serialize(e,r),r);t=parse(serialize(t,r),r)}r=r||{};if(!r.tolerant&&t.scheme){i.scheme=t.scheme;i.userinfo=t.userinfo;i.host=t.host;i.port=t.port;i.path=s(t.path||"");i.query=t.query}else{if(t.userinfo!==undefined||t.host!==undefined||t.port!==undefined){i.userinfo=t.userinfo;i.host=t.host;i.port=t.port;i.path=s(t.path||"");i.query=t.query}else{if(!t.path){i.path=e.path;if(t.query!==undefined){i.query=t.query}else{i.query=e.query}}else{if(t.path[0]==="/"){i.path=s(t.path)}else{const r=e.userinfo!==undefined||e.host!==undefined||e.port!==undefined;if(r&&!e.path){i.path="/"+t.path}else if(!e.path){i.path=t.path}else{i.path=e.path.slice(0,e.path.lastIndexOf("/")+1)+t.path}i.path=e.scheme===undefined&&!r&&i.path[0]!=="/"?a(i.path):s(i.path)}i.query=t.query}i.userinfo=e.userinfo;i.host=e.host;i.port=e.port}i.scheme=e.scheme}i.fragment=t.fragment;return i}function equal(e,t,r){const n=normalizeComparableURI(e,r);const s=normalizeComparableURI(t,r);return n!==undefined&&s!==undefined&&n===s}function serialize(e,t){const r={host:e.host,scheme:e.scheme,userinfo:e.userinfo,port:e.port,path:e.path,query:e.query,nid:e.nid,nss:e.nss,uuid:e.uuid,fragment:e.fragment,reference:e.reference,resourceName:e.resourceName,secure:e.secure,error:""};const n=Object.assign({},t);const c=[];if(r.scheme){r.scheme=validateScheme(r.scheme)}const f=y(n.scheme||r.scheme);if(f&&f.serialize)f.serialize(r,n);const p=r.userinfo!==undefined||r.host!==undefined||r.port!==undefined;const h=(r.scheme===undefined||n.reference==="suffix")&&!p;const m=!n.skipEscape&&h;if(r.path!==undefined){if(!n.skipEscape){r.path=l(r.path,m)}else{r.path=o(r.path)}}if(n.reference!=="suffix"&&r.scheme){r.scheme=validateScheme(r.scheme);c.push(r.scheme,":")}const v=i(r);if(v!==undefined){if(n.reference!=="suffix"){c.push("//")}c.push(v);if(r.path&&r.path[0]!=="/"){c.push("/")}}if(r.path!==undefined){let e=r.path;if(!n.absolutePath&&(!f||!f.absolutePath)){e=h&&e[0]!=="/"?a(e):s(e)}if(h){e=l(e,true)}if(v===undefined&&e[0]==="/"&&e[1]==="/"){e="/%2F"+e.slice(2)}c.push(e)}if(r.query!==undefined){c.push("?",u(r.query))}if(r.fragment!==undefined){c.push("#",d(r.fragment))}return c.join("")}const $=/^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;const x=/^(?:[^#/:?]+:)?\/\/([^/?#]*)/;const k=/^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;function getParseError(e,t){if(t[2]!==undefined&&e.path&&e.path[0]!=="/"){return'URI path must start with "/" when authority is present.'}if(typeof e.port==="number"&&(e.port<0||e.port>65535)){return"URI port is malformed."}return undefined}function hasMalformedPercentEncoding(e){if(e===undefined)return false;let t=e.indexOf("%");while(t!==-1){if(t+2>=e.length||!/^[\da-f]{2}$/iu.test(e.slice(t+1,t+3))){return true}t=e.indexOf("%",t+3)}return false}function isIPLiteral(e){return e[0]==="["&&e[e.length-1]==="]"}function hasMalformedComponentPercentEncoding(e){const t=e[4];return hasMalformedPercentEncoding(e[3])||t!==undefined&&!isIPLiteral(t)&&hasMalformedPercentEncoding(t)||hasMalformedPercentEncoding(e[6])||hasMalformedPercentEncoding(e[7])||hasMalformedPercentEncoding(e[8])}function canonicalizeHost(e,t,r,n){if(hasForbiddenDomainHost(e,t,r,n)){e.error=e.error||b;return true}if(!t.unicodeSupport&&(!r||!r.unicodeSupport)&&e.host&&!isIPLiteral(e.host)&&(t.domainHost||r&&r.domainHost)&&n===false&&m(e.host)){let t;try{t=new URL("http://"+e.host)}catch(t){e.error=e.error||"Host's domain name can not be converted to ASCII: "+t;return true}if(!isHostOnlyURL(t)){e.error=e.error||b;return true}e.host=t.hostname}return false}function hasForbiddenDomainHost(e,t,r,n){return Boolean(e.host&&n===false&&!isIPLiteral(e.host)&&(t.domainHost||r&&r.domainHost)&&S.test(e.host))}function isHostOnlyURL(e){return e.username===""&&e.password===""&&e.port===""&&e.pathname==="/"&&e.search===""&&e.hash===""&&e.hostname!==""}function parseWithStatus(e,t){const r=Object.assign({},t);const s={scheme:undefined,userinfo:undefined,host:"",port:undefined,path:"",query:undefined,fragment:undefined};let a=false;let i=false;let l=false;let u=false;let d=false;let m=false;let S=false;if(r.reference==="suffix"){if(r.scheme){e=r.scheme+":"+e}else{e="//"+e}}const E=e.match(x);if(E!==null&&E[1].indexOf("\\")!==-1){s.error="URI authority must not contain a literal backslash.";a=true}const N=e.match(k);if(N!==null){const e=N[1];const t=e.replace(/[\t\n\r]/g,"");if(t.length>=2){if(t.slice(0,2)!=="//"){s.error=s.error||"URI authority must not contain a literal backslash.";a=true}else if(e.length!==t.length){s.error=s.error||"URI authority introducer must not contain whitespace.";a=true}}}const P=e.match($);if(P){s.scheme=P[1];s.userinfo=P[3];s.host=P[4];s.port=parseInt(P[5],10);s.path=P[6]||"";s.query=P[7];s.fragment=P[8];if(s.scheme!==undefined){if(g.test(s.scheme)){s.scheme=s.scheme.toLowerCase()}else{s.error=s.error||w;m=true}}i=hasMalformedComponentPercentEncoding(P);if(i){s.error=s.error||"URI contains malformed percent-encoding."}if(isNaN(s.port)){s.port=P[5]}const t=getParseError(s,P);if(t!==undefined){s.error=s.error||t;a=true}if(s.host){const e=h(s.host);if(e===false){const e=isIPLiteral(s.host);const t=s.host.indexOf("[")!==-1||s.host.indexOf("]")!==-1;const r=n(s.host);S=r.isIPV6||r.isIPVFuture===true;d=t&&(!e||r.error===true);s.host=S?r.host:r.host.toLowerCase();if(d){s.error=s.error||b;a=true}}else{S=true}}if(s.scheme===undefined&&s.userinfo===undefined&&s.host===undefined&&s.port===undefined&&s.query===undefined&&!s.path){s.reference="same-document"}else if(s.scheme===undefined){s.reference="relative"}else if(s.fragment===undefined){s.reference="absolute"}else{s.reference="uri"}if(r.reference&&r.reference!=="suffix"&&r.reference!==s.reference){s.error=s.error||"URI is not a "+r.reference+" reference."}const $=y(r.scheme||s.scheme);if(!d){u=canonicalizeHost(s,r,$,S)}if(e.indexOf("%")!==-1&&s.host!==undefined&&!d){let e=S?s.host:o(s.host,true);if(!S){e=o(e.toLowerCase())}s.host=S||r.scheme!=="null"?p(e,S):e}if(!$||$&&!$.skipNormalize){if(s.path){s.path=c(s.path)}if(s.query){s.query=f(s.query)}if(s.fragment){s.fragment=f(s.fragment)}}if($&&$.parse){$.parse(s,r);if($===v.urn&&s.nid===undefined){l=true}}}else{s.error=s.error||"URI can not be parsed."}return{parsed:s,malformedAuthorityOrPort:a,malformedPercentEncoding:i,malformedSchemeSpecific:l,malformedHost:u,malformedScheme:m}}function parse(e,t){return parseWithStatus(e,t).parsed}function normalizeString(e,t){return normalizeStringWithStatus(e,t).normalized}function normalizeStringWithStatus(e,t){const{parsed:r,malformedAuthorityOrPort:n,malformedPercentEncoding:s,malformedSchemeSpecific:a,malformedHost:i,malformedScheme:o}=parseWithStatus(e,t);return{normalized:n||s||a||i||o?e:serialize(r,t),malformedAuthorityOrPort:n,malformedPercentEncoding:s,malformedSchemeSpecific:a,malformedHost:i,malformedScheme:o}}function normalizeComparableURI(e,t){if(typeof e!=="string"&&typeof e!=="object"){return undefined}let r;try{r=typeof e==="string"?e:serialize(e,t)}catch{return undefined}const{normalized:n,malformedAuthorityOrPort:s,malformedPercentEncoding:a,malformedSchemeSpecific:i,malformedHost:o,malformedScheme:c}=normalizeStringWithStatus(r,t);return s||a||i||o||c?undefined:n}const E={SCHEMES:v,normalize:normalize,resolve:resolve,resolveComponent:resolveComponent,equal:equal,serialize:serialize,parse:parse};e.exports=E;e.exports["default"]=E;e.exports.fastUri=E},75300:(e,t,r)=>{const{isUUID:n}=r(15077);const s=/^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;const a=["http","https","ws","wss","urn","urn:uuid"];function isValidSchemeName(e){return a.indexOf(e)!==-1}function wsIsSecure(e){if(e.secure===true){return true}else if(e.secure===false){return false}else if(e.scheme){return e.scheme.length===3&&(e.scheme[0]==="w"||e.scheme[0]==="W")&&(e.scheme[1]==="s"||e.scheme[1]==="S")&&(e.scheme[2]==="s"||e.scheme[2]==="S")}else{return false}}function httpParse(e){if(!e.host){e.error=e.error||"HTTP URIs must have a host."}return e}function httpSerialize(e){const t=String(e.scheme).toLowerCase()==="https";if(e.port===(t?443:80)||e.port===""){e.port=undefined}if(!e.path){e.path="/"}return e}function wsParse(e){e.secure=wsIsSecure(e);e.resourceName=(e.path||"/")+(e.query?"?"+e.query:"");e.path=undefined;e.query=undefined;return e}function wsSerialize(e){if(e.port===(wsIsSecure(e)?443:80)||e.port===""){e.port=undefined}if(typeof e.secure==="boolean"){e.scheme=e.secure?"wss":"ws";e.secure=undefined}if(e.resourceName){const t=e.resourceName.indexOf("?");const r=t===-1?e.resourceName:e.resourceName.slice(0,t);e.path=r&&r!=="/"?r:undefined;e.query=t===-1?undefined:e.resourceName.slice(t+1);e.resourceName=undefined}e.fragment=undefined;return e}function urnParse(e,t){if(!e.path){e.error="URN can not be parsed";return e}const r=e.path.match(s);if(r&&r[0]===e.path){const n=t.scheme||e.scheme||"urn";e.nid=r[1].toLowerCase();e.nss=r[2];const s=`${n}:${t.nid||e.nid}`;const a=getSchemeHandler(s);e.path=undefined;if(a){e=a.parse(e,t)}}else{e.error=e.error||"URN can not be parsed."}return e}function urnSerialize(e,t){if(e.nid===undefined){throw new Error("URN without nid cannot be serialized")}const r=t.scheme||e.scheme||"urn";const n=e.nid.toLowerCase();const s=`${r}:${t.nid||n}`;const a=getSchemeHandler(s);if(a){e=a.serialize(e,t)}const i=e;const o=e.nss;i.path=`${n||t.nid}:${o}`;t.skipEscape=true;return i}function urnuuidParse(e,t){const r=e;r.uuid=r.nss;r.nss=undefined;if(!t.tolerant&&(!r.uuid||!n(r.uuid))){r.error=r.error||"UUID is not valid."}return r}function urnuuidSerialize(e){const t=e;t.nss=(e.uuid||"").toLowerCase();return t}const i={scheme:"http",domainHost:true,parse:httpParse,serialize:httpSerialize};const o={scheme:"https",domainHost:i.domainHost,parse:httpParse,serialize:httpSerialize};const c={scheme:"ws",domainHost:true,parse:wsParse,serialize:wsSerialize};const l={scheme:"wss",domainHost:c.domainHost,parse:c.parse,serialize:c.serialize};const f={scheme:"urn",parse:urnParse,serialize:urnSerialize,skipNormalize:true};const u={scheme:"urn:uuid",parse:urnuuidParse,serialize:urnuuidSerialize,skipNormalize:true};const d={http:i,https:o,ws:c,wss:l,urn:f,"urn:uuid":u};Object.setPrototypeOf(d,null);function getSchemeHandler(e){return e&&(d[e]||d[e.toLowerCase()])||undefined}e.exports={wsIsSecure:wsIsSecure,SCHEMES:d,isValidSchemeName:isValidSchemeName,getSchemeHandler:getSchemeHandler}},15077:e=>{const t=RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);const r=RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);const n=RegExp.prototype.test.bind(/^\d*$/u);const s=RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);const a=RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);const i=RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);const o=RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);const c=RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);const l=new Array(256);{const e="0123456789ABCDEF";for(let t=0;t<256;t++){l[t]="%"+e[t>>4]+e[t&15]}}function percentEncodeNonAscii(e){if(e<2048){return l[192|e>>6]+l[128|e&63]}if(e<65536){return l[224|e>>12]+l[128|e>>6&63]+l[128|e&63]}return l[240|e>>18]+l[128|e>>12&63]+l[128|e>>6&63]+l[128|e&63]}function stringArrayToHexStripped(e){let t="";let r=0;let n=0;for(n=0;n<e.length;n++){r=e[n].charCodeAt(0);if(r===48){continue}if(!(r>=48&&r<=57||r>=65&&r<=70||r>=97&&r<=102)){return""}t+=e[n];break}for(n+=1;n<e.length;n++){r=e[n].charCodeAt(0);if(!(r>=48&&r<=57||r>=65&&r<=70||r>=97&&r<=102)){return""}t+=e[n]}return t}const f=RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);const u=RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);const d=RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);const p=RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);function isZoneIdentifier(e){if(e.length===0)return false;for(let t=0;t<e.length;t++){if(d(e[t]))continue;if(e[t]==="%"&&t+2<e.length&&s(e.slice(t+1,t+3))){t+=2;continue}return false}return true}function compressIPv6ZeroRun(e){let t=-1;let r=0;let n=-1;let s=0;for(let a=0;a<e.length;a++){if(e[a]==="0"){if(n===-1)n=a;s++;if(s>r){r=s;t=n}}else{n=-1;s=0}}if(r<2)return e.join(":");const a=e.slice(0,t).join(":");const i=e.slice(t+r).join(":");return a+"::"+i}function normalizeIPv6Address(e){const t=e.indexOf("::");if(t!==-1&&e.indexOf("::",t+1)!==-1)return undefined;const n=t===-1?e.split(":"):e.slice(0,t).split(":");const s=t===-1?[]:e.slice(t+2).split(":");if(t!==-1){if(n.length===1&&n[0]==="")n.length=0;if(s.length===1&&s[0]==="")s.length=0}const a=n.concat(s);let i=0;for(let e=0;e<a.length;e++){const n=a[e];if(n==="")return undefined;if(n.indexOf(".")!==-1){if(e!==a.length-1||t!==-1&&s.length===0||!r(n))return undefined;i+=2;continue}if(!f(n))return undefined;a[e]=parseInt(n,16).toString(16);i++}if(t===-1){if(i!==8)return undefined;return compressIPv6ZeroRun(a)}if(i>=8)return undefined;const o=a.slice(0,n.length);for(let e=i;e<8;e++)o.push("0");for(let e=n.length;e<a.length;e++)o.push(a[e]);return compressIPv6ZeroRun(o)}function normalizeIPv6(e){const t=e[0]==="["&&e[e.length-1]==="]";const r=e[0]==="["||e[e.length-1]==="]";if(r&&!t)return{host:e,isIPV6:false,error:true};let n=t?e.slice(1,-1):e;if(t&&u(n)){n=n.toLowerCase();return{host:`[${n}]`,escapedHost:n,isIPV6:false,isIPVFuture:true}}if(findToken(n,":")<2){return{host:e,isIPV6:false,error:t}}let s="";const a=n.indexOf("%");if(a!==-1){const t=n.slice(a,a+3).toLowerCase()==="%25"?3:1;s=n.slice(a+t);if(!isZoneIdentifier(s))return{host:e,isIPV6:false,error:true};n=n.slice(0,a)}const i=normalizeIPv6Address(n);if(i===undefined)return{host:e,isIPV6:false,error:true};return{host:i+(s?"%"+s:""),escapedHost:i+(s?"%25"+s:""),isIPV6:true}}function findToken(e,t){let r=0;for(let n=0;n<e.length;n++){if(e[n]===t)r++}return r}function removeDotSegments(e){let t=e;const r=[];let n=-1;let s=0;while(s=t.length){if(s===1){if(t==="."){break}else if(t==="/"){r.push("/");break}else{r.push(t);break}}else if(s===2){if(t[0]==="."){if(t[1]==="."){break}else if(t[1]==="/"){t=t.slice(2);continue}}else if(t[0]==="/"){if(t[1]==="."||t[1]==="/"){r.push("/");break}}}else if(s===3){if(t==="/.."){if(r.length!==0){r.pop()}r.push("/");break}}if(t[0]==="."){if(t[1]==="."){if(t[2]==="/"){t=t.slice(3);continue}}else if(t[1]==="/"){t=t.slice(2);continue}}else if(t[0]==="/"){if(t[1]==="."){if(t[2]==="/"){t=t.slice(2);continue}else if(t[2]==="."){if(t[3]==="/"){t=t.slice(3);if(r.length!==0){r.pop()}continue}}}}if((n=t.indexOf("/",1))===-1){r.push(t);break}else{r.push(t.slice(0,n));t=t.slice(n)}}return r.join("")}function removeDotSegmentsRelative(e){if(e===""||e[0]==="/"){return removeDotSegments(e)}const t=e.split("/");const r=t.length-1;const n=[];let s=false;for(let e=0;e<=r;e++){const a=t[e];if(a==="."||a===".."){if(a===".."){if(n.length!==0&&n[n.length-1]!==".."){n.pop()}else{n.push("..")}}s=e===r}else{n.push(a)}}if(s&&n[n.length-1]!==".."){n.push("")}if(n.length===0||n[0]===""||n[0].includes(":")){n.unshift(".")}return n.join("/")}const h={"@":"%40","/":"%2F","?":"%3F","#":"%23",":":"%3A"};const m=/[@/?#:]/g;const v=/[@/?#]/g;function reescapeHostDelimiters(e,t){const r=t?v:m;r.lastIndex=0;return e.replace(r,e=>h[e])}function normalizePercentEncoding(e,t=false){if(e.indexOf("%")===-1){return e}let r="";for(let n=0;n<e.length;n++){if(e[n]==="%"&&n+2<e.length){const i=e.slice(n+1,n+3);if(s(i)){const e=i.toUpperCase();const s=String.fromCharCode(parseInt(e,16));if(t&&a(s)){r+=s}else{r+="%"+e}n+=2;continue}}r+=e[n]}return r}function normalizePathEncoding(e){let t="";for(let r=0;r<e.length;r++){const n=e[r];if(n==="%"&&r+2<e.length){const n=e.slice(r+1,r+3);if(s(n)){const e=n.toUpperCase();const s=String.fromCharCode(parseInt(e,16));if(s!=="."&&a(s)){t+=s}else{t+="%"+e}r+=2;continue}}if(i(n)){t+=n}else{const s=e.charCodeAt(r);if(s<128){t+=isEscapeSafe(s)?n:l[s]}else if(s<55296||s>57343){t+=percentEncodeNonAscii(s)}else if(s<=56319&&r+1<e.length){const n=e.charCodeAt(r+1);if(n>=56320&&n<=57343){t+=percentEncodeNonAscii(65536+(s-55296<<10)+(n-56320));r++}else{t+=percentEncodeNonAscii(65533)}}else{t+=percentEncodeNonAscii(65533)}}}return t}function serializePathEncoding(e,t=false){let r="";let n=t&&e[0]!=="/";for(let t=0;t<e.length;t++){const a=e[t];if(a==="%"&&t+2<e.length){const n=e.slice(t+1,t+3);if(s(n)){r+="%"+n.toUpperCase();t+=2;continue}}if(a==="/"){n=false}if(i(a)&&(a!==":"||!n)){r+=a}else{const n=e.charCodeAt(t);if(n<128){r+=l[n]}else if(n<55296||n>57343){r+=percentEncodeNonAscii(n)}else if(n<=56319&&t+1<e.length){const s=e.charCodeAt(t+1);if(s>=56320&&s<=57343){r+=percentEncodeNonAscii(65536+(n-55296<<10)+(s-56320));t++}else{r+=percentEncodeNonAscii(65533)}}else{r+=percentEncodeNonAscii(65533)}}}return r}function encodeComponent(e,t){let r="";for(let n=0;n<e.length;n++){const a=e[n];if(a==="%"&&n+2<e.length){const t=e.slice(n+1,n+3);if(s(t)){r+="%"+t.toUpperCase();n+=2;continue}}if(t(a)){r+=a}else{const t=e.charCodeAt(n);if(t<128){r+=l[t]}else if(t<55296||t>57343){r+=percentEncodeNonAscii(t)}else if(t<=56319&&n+1<e.length){const s=e.charCodeAt(n+1);if(s>=56320&&s<=57343){r+=percentEncodeNonAscii(65536+(t-55296<<10)+(s-56320));n++}else{r+=percentEncodeNonAscii(65533)}}else{r+=percentEncodeNonAscii(65533)}}}return r}function encodeUserinfo(e){return encodeComponent(e,c)}function encodeQuery(e){return encodeComponent(e,o)}function encodeFragment(e){return encodeComponent(e,o)}function isEscapeSafe(e){return e>=48&&e<=57||e>=65&&e<=90||e>=97&&e<=122||e===42||e===43||e===45||e===46||e===47||e===64||e===95}function normalizeQueryFragmentEncoding(e){let t="";for(let r=0;r<e.length;r++){const n=e[r];if(n==="%"&&r+2<e.length){const n=e.slice(r+1,r+3);if(s(n)){const e=n.toUpperCase();const s=String.fromCharCode(parseInt(e,16));if(a(s)){t+=s}else{t+="%"+e}r+=2;continue}}if(o(n)){t+=n}else{const s=e.charCodeAt(r);if(s<128){t+=isEscapeSafe(s)?n:l[s]}else if(s<55296||s>57343){t+=percentEncodeNonAscii(s)}else if(s<=56319&&r+1<e.length){const n=e.charCodeAt(r+1);if(n>=56320&&n<=57343){t+=percentEncodeNonAscii(65536+(s-55296<<10)+(n-56320));r++}else{t+=percentEncodeNonAscii(65533)}}else{t+=percentEncodeNonAscii(65533)}}}return t}function escapePreservingEscapes(e){let t="";for(let r=0;r<e.length;r++){if(e[r]==="%"&&r+2<e.length){const n=e.slice(r+1,r+3);if(s(n)){t+="%"+n.toUpperCase();r+=2;continue}}t+=escape(e[r])}return t}function recomposeAuthority(e){const t=[];if(e.userinfo!==undefined){t.push(encodeUserinfo(e.userinfo));t.push("@")}if(e.host!==undefined){let n=e.host;if(!r(n)){let e=normalizeIPv6(n);if(e.isIPV6!==true&&e.isIPVFuture!==true){n=normalizePercentEncoding(n,true);e=normalizeIPv6(n)}if(e.isIPV6===true||e.isIPVFuture===true){n=`[${e.escapedHost}]`}else{n=reescapeHostDelimiters(n,false)}}t.push(n)}if(typeof e.port==="number"||typeof e.port==="string"){const r=String(e.port);if(!n(r)){throw new TypeError("URI port is malformed.")}t.push(":");t.push(r)}return t.length?t.join(""):undefined}e.exports={nonSimpleDomain:p,recomposeAuthority:recomposeAuthority,reescapeHostDelimiters:reescapeHostDelimiters,normalizePercentEncoding:normalizePercentEncoding,normalizePathEncoding:normalizePathEncoding,serializePathEncoding:serializePathEncoding,normalizeQueryFragmentEncoding:normalizeQueryFragmentEncoding,encodeUserinfo:encodeUserinfo,encodeQuery:encodeQuery,encodeFragment:encodeFragment,escapePreservingEscapes:escapePreservingEscapes,removeDotSegments:removeDotSegments,removeDotSegmentsRelative:removeDotSegmentsRelative,isIPv4:r,isUUID:t,normalizeIPv6:normalizeIPv6,stringArrayToHexStripped:stringArrayToHexStripped}},57349:(e,t,r)=>{var n=r(41127);var s=r(63301);var a=r(84454);var i=r(92223);var o=r(87103);var c=r(90334);var l=r(13142);function resolveCollection(e,t,r,n,s,a){const i=r.type==="block-map"?o.resolveBlockMap(e,t,r,n,a):r.type==="block-seq"?c.resolveBlockSeq(e,t,r,n,a):l.resolveFlowCollection(e,t,r,n,a);const f=i.constructor;if(s==="!"||s===f.tagName){i.tag=f.tagName;return i}if(s)i.tag=s;return i}function composeCollection(e,t,r,o,c){const l=o.tag;const f=!l?null:t.directives.tagName(l.source,e=>c(l,"TAG_RESOLVE_FAILED",e));if(r.type==="block-seq"){const{anchor:e,newlineAfterProp:t}=o;const r=e&&l?e.offset>l.offset?e:l:e??l;if(r&&(!t||t.offset<r.offset)){const e="Missing newline after block sequence props";c(r,"MISSING_CHAR",e)}}const u=r.type==="block-map"?"map":r.type==="block-seq"?"seq":r.start.source==="{"?"map":"seq";if(!l||!f||f==="!"||f===a.YAMLMap.tagName&&u==="map"||f===i.YAMLSeq.tagName&&u==="seq"){return resolveCollection(e,t,r,c,f)}let d=t.schema.tags.find(e=>e.tag===f&&e.collection===u);if(!d){const n=t.schema.knownTags[f];if(n?.collection===u){t.schema.tags.push(Object.assign({},n,{default:false}));d=n}else{if(n){c(l,"BAD_COLLECTION_TYPE",`${n.tag} used for ${u} collection, but expects ${n.collection??"scalar"}`,true)}else{c(l,"TAG_RESOLVE_FAILED",`Unresolved tag: ${f}`,true)}return resolveCollection(e,t,r,c,f)}}const p=resolveCollection(e,t,r,c,f,d);const h=d.resolve?.(p,e=>c(l,"TAG_RESOLVE_FAILED",e),t.options)??p;const m=n.isNode(h)?h:new s.Scalar(h);m.range=p.range;m.tag=f;if(d?.format)m.format=d.format;return m}t.composeCollection=composeCollection},23683:(e,t,r)=>{var n=r(3021);var s=r(45937);var a=r(17788);var i=r(34631);function composeDoc(e,t,{offset:r,start:o,value:c,end:l},f){const u=Object.assign({_directives:t},e);const d=new n.Document(undefined,u);const p={atKey:false,atRoot:true,directives:d.directives,options:d.options,schema:d.schema};const h=i.resolveProps(o,{indicator:"doc-start",next:c??l?.[0],offset:r,onError:f,parentIndent:0,startOnNewline:true});if(h.found){d.directives.docStart=true;if(c&&(c.type==="block-map"||c.type==="block-seq")&&!h.hasNewline)f(h.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")}d.contents=c?s.composeNode(p,c,h,f):s.composeEmptyNode(p,h.end,o,null,h,f);const m=d.contents.range[2];const v=a.resolveEnd(l,m,false,f);if(v.comment)d.comment=v.comment;d.range=[r,m,v.offset];return d}t.composeDoc=composeDoc},45937:(e,t,r)=>{var n=r(4065);var s=r(41127);var a=r(57349);var i=r(5413);var o=r(17788);var c=r(22599);const l={composeNode:composeNode,composeEmptyNode:composeEmptyNode};function composeNode(e,t,r,n){const o=e.atKey;const{spaceBefore:c,comment:f,anchor:u,tag:d}=r;let p;let h=true;switch(t.type){case"alias":p=composeAlias(e,t,n);if(u||d)n(t,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":p=i.composeScalar(e,t,d,n);if(u)p.anchor=u.source.substring(1);break;case"block-map":case"block-seq":case"flow-collection":try{p=a.composeCollection(l,e,t,r,n);if(u)p.anchor=u.source.substring(1)}catch(e){const r=e instanceof Error?e.message:String(e);n(t,"RESOURCE_EXHAUSTION",r)}break;default:{const e=t.type==="error"?t.message:`Unsupported token (type: ${t.type})`;n(t,"UNEXPECTED_TOKEN",e);h=false}}p??(p=composeEmptyNode(e,t.offset,undefined,null,r,n));if(u&&p.anchor==="")n(u,"BAD_ALIAS","Anchor cannot be an empty string");if(o&&e.options.stringKeys&&(!s.isScalar(p)||typeof p.value!=="string"||p.tag&&p.tag!=="tag:yaml.org,2002:str")){const e="With stringKeys, all keys must be strings";n(d??t,"NON_STRING_KEY",e)}if(c)p.spaceBefore=true;if(f){if(t.type==="scalar"&&t.source==="")p.comment=f;else p.commentBefore=f}if(e.options.keepSourceTokens&&h)p.srcToken=t;return p}function composeEmptyNode(e,t,r,n,{spaceBefore:s,comment:a,anchor:o,tag:l,end:f},u){const d={type:"scalar",offset:c.emptyScalarPosition(t,r,n),indent:-1,source:""};const p=i.composeScalar(e,d,l,u);if(o){p.anchor=o.source.substring(1);if(p.anchor==="")u(o,"BAD_ALIAS","Anchor cannot be an empty string")}if(s)p.spaceBefore=true;if(a){p.comment=a;p.range[2]=f}return p}function composeAlias({options:e},{offset:t,source:r,end:s},a){const i=new n.Alias(r.substring(1));if(i.source==="")a(t,"BAD_ALIAS","Alias cannot be an empty string");if(i.source.endsWith(":"))a(t+r.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",true);const c=t+r.length;const l=o.resolveEnd(s,c,e.strict,a);i.range=[t,c,l.offset];if(l.comment)i.comment=l.comment;return i}t.composeEmptyNode=composeEmptyNode;t.composeNode=composeNode},5413:(e,t,r)=>{var n=r(41127);var s=r(63301);var a=r(48913);var i=r(76842);function composeScalar(e,t,r,o){const{value:c,type:l,comment:f,range:u}=t.type==="block-scalar"?a.resolveBlockScalar(e,t,o):i.resolveFlowScalar(t,e.options.strict,o);const d=r?e.directives.tagName(r.source,e=>o(r,"TAG_RESOLVE_FAILED",e)):null;let p;if(e.options.stringKeys&&e.atKey){p=e.schema[n.SCALAR]}else if(d)p=findScalarTagByName(e.schema,c,d,r,o);else if(t.type==="scalar")p=findScalarTagByTest(e,c,t,o);else p=e.schema[n.SCALAR];let h;try{const a=p.resolve(c,e=>o(r??t,"TAG_RESOLVE_FAILED",e),e.options);h=n.isScalar(a)?a:new s.Scalar(a)}catch(e){const n=e instanceof Error?e.message:String(e);o(r??t,"TAG_RESOLVE_FAILED",n);h=new s.Scalar(c)}h.range=u;h.source=c;if(l)h.type=l;if(d)h.tag=d;if(p.format)h.format=p.format;if(f)h.comment=f;return h}function findScalarTagByName(e,t,r,s,a){if(r==="!")return e[n.SCALAR];const i=[];for(const t of e.tags){if(!t.collection&&t.tag===r){if(t.default&&t.test)i.push(t);else return t}}for(const e of i)if(e.test?.test(t))return e;const o=e.knownTags[r];if(o&&!o.collection){e.tags.push(Object.assign({},o,{default:false,test:undefined}));return o}a(s,"TAG_RESOLVE_FAILED",`Unresolved tag: ${r}`,r!=="tag:yaml.org,2002:str");return e[n.SCALAR]}function findScalarTagByTest({atKey:e,directives:t,schema:r},s,a,i){const o=r.tags.find(t=>(t.default===true||e&&t.default==="key")&&t.test?.test(s))||r[n.SCALAR];if(r.compat){const e=r.compat.find(e=>e.default&&e.test?.test(s))??r[n.SCALAR];if(o.tag!==e.tag){const r=t.tagString(o.tag);const n=t.tagString(e.tag);const s=`Value may be parsed as either ${r} or ${n}`;i(a,"TAG_RESOLVE_FAILED",s,true)}}return o}t.composeScalar=composeScalar},89984:(e,t,r)=>{var n=r(932);var s=r(61342);var a=r(3021);var i=r(91464);var o=r(41127);var c=r(23683);var l=r(17788);function getErrorPos(e){if(typeof e==="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];const{offset:t,source:r}=e;return[t,t+(typeof r==="string"?r.length:1)]}function parsePrelude(e){let t="";let r=false;let n=false;for(let s=0;s<e.length;++s){const a=e[s];switch(a[0]){case"#":t+=(t===""?"":n?"\n\n":"\n")+(a.substring(1)||" ");r=true;n=false;break;case"%":if(e[s+1]?.[0]!=="#")s+=1;r=false;break;default:if(!r)n=true;r=false}}return{comment:t,afterEmptyLine:n}}class Composer{constructor(e={}){this.doc=null;this.atDirectives=false;this.prelude=[];this.errors=[];this.warnings=[];this.onError=(e,t,r,n)=>{const s=getErrorPos(e);if(n)this.warnings.push(new i.YAMLWarning(s,t,r));else this.errors.push(new i.YAMLParseError(s,t,r))};this.directives=new s.Directives({version:e.version||"1.2"});this.options=e}decorate(e,t){const{comment:r,afterEmptyLine:n}=parsePrelude(this.prelude);if(r){const s=e.contents;if(t){e.comment=e.comment?`${e.comment}\n${r}`:r}else if(n||e.directives.docStart||!s){e.commentBefore=r}else if(o.isCollection(s)&&!s.flow&&s.items.length>0){let e=s.items[0];if(o.isPair(e))e=e.key;const t=e.commentBefore;e.commentBefore=t?`${r}\n${t}`:r}else{const e=s.commentBefore;s.commentBefore=e?`${r}\n${e}`:r}}if(t){for(let t=0;t<this.errors.length;++t)e.errors.push(this.errors[t]);for(let t=0;t<this.warnings.length;++t)e.warnings.push(this.warnings[t])}else{e.errors=this.errors;e.warnings=this.warnings}this.prelude=[];this.errors=[];this.warnings=[]}streamInfo(){return{comment:parsePrelude(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=false,r=-1){for(const t of e)yield*this.next(t);yield*this.end(t,r)}*next(e){if(n.env.LOG_STREAM)console.dir(e,{depth:null});switch(e.type){case"directive":this.directives.add(e.source,(t,r,n)=>{const s=getErrorPos(e);s[0]+=t;this.onError(s,"BAD_DIRECTIVE",r,n)});this.prelude.push(e.source);this.atDirectives=true;break;case"document":{const t=c.composeDoc(this.options,this.directives,e,this.onError);if(this.atDirectives&&!t.directives.docStart)this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line");this.decorate(t,false);if(this.doc)yield this.doc;this.doc=t;this.atDirectives=false;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{const t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message;const r=new i.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t);if(this.atDirectives||!this.doc)this.errors.push(r);else this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){const t="Unexpected doc-end without preceding document";this.errors.push(new i.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t));break}this.doc.directives.docEnd=true;const t=l.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);this.decorate(this.doc,true);if(t.comment){const e=this.doc.comment;this.doc.comment=e?`${e}\n${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new i.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=false,t=-1){if(this.doc){this.decorate(this.doc,true);yield this.doc;this.doc=null}else if(e){const e=Object.assign({_directives:this.directives},this.options);const r=new a.Document(undefined,e);if(this.atDirectives)this.onError(t,"MISSING_CHAR","Missing directives-end indicator line");r.range=[0,t,t];this.decorate(r,false);yield r}}}t.Composer=Composer},87103:(e,t,r)=>{var n=r(57165);var s=r(84454);var a=r(34631);var i=r(9499);var o=r(74051);var c=r(81187);const l="All mapping items must start at the same column";function resolveBlockMap({composeNode:e,composeEmptyNode:t},r,f,u,d){const p=d?.nodeClass??s.YAMLMap;const h=new p(r.schema);if(r.atRoot)r.atRoot=false;let m=f.offset;let v=null;for(const s of f.items){const{start:d,key:p,sep:y,value:g}=s;const w=a.resolveProps(d,{indicator:"explicit-key-ind",next:p??y?.[0],offset:m,onError:u,parentIndent:f.indent,startOnNewline:true});const b=!w.found;if(b){if(p){if(p.type==="block-seq")u(m,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key");else if("indent"in p&&p.indent!==f.indent)u(m,"BAD_INDENT",l)}if(!w.anchor&&!w.tag&&!y){v=w.end;if(w.comment){if(h.comment)h.comment+="\n"+w.comment;else h.comment=w.comment}continue}if(w.newlineAfterProp||i.containsNewline(p)){u(p??d[d.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}}else if(w.found?.indent!==f.indent){u(m,"BAD_INDENT",l)}r.atKey=true;const S=w.end;const $=p?e(r,p,w,u):t(r,S,d,null,w,u);if(r.schema.compat)o.flowIndentCheck(f.indent,p,u);r.atKey=false;if(c.mapIncludes(r,h.items,$))u(S,"DUPLICATE_KEY","Map keys must be unique");const x=a.resolveProps(y??[],{indicator:"map-value-ind",next:g,offset:$.range[2],onError:u,parentIndent:f.indent,startOnNewline:!p||p.type==="block-scalar"});m=x.end;if(x.found){if(b){if(g?.type==="block-map"&&!x.hasNewline)u(m,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings");if(r.options.strict&&w.start<x.found.offset-1024)u($.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key")}const a=g?e(r,g,x,u):t(r,m,y,null,x,u);if(r.schema.compat)o.flowIndentCheck(f.indent,g,u);m=a.range[2];const i=new n.Pair($,a);if(r.options.keepSourceTokens)i.srcToken=s;h.items.push(i)}else{if(b)u($.range,"MISSING_CHAR","Implicit map keys need to be followed by map values");if(x.comment){if($.comment)$.comment+="\n"+x.comment;else $.comment=x.comment}const e=new n.Pair($);if(r.options.keepSourceTokens)e.srcToken=s;h.items.push(e)}}if(v&&v<m)u(v,"IMPOSSIBLE","Map comment with trailing content");h.range=[f.offset,m,v??m];return h}t.resolveBlockMap=resolveBlockMap},48913:(e,t,r)=>{var n=r(63301);function resolveBlockScalar(e,t,r){const s=t.offset;const a=parseBlockScalarHeader(t,e.options.strict,r);if(!a)return{value:"",type:null,comment:"",range:[s,s,s]};const i=a.mode===">"?n.Scalar.BLOCK_FOLDED:n.Scalar.BLOCK_LITERAL;const o=t.source?splitLines(t.source):[];let c=o.length;for(let e=o.length-1;e>=0;--e){const t=o[e][1];if(t===""||t==="\r")c=e;else break}if(c===0){const e=a.chomp==="+"&&o.length>0?"\n".repeat(Math.max(1,o.length-1)):"";let r=s+a.length;if(t.source)r+=t.source.length;return{value:e,type:i,comment:a.comment,range:[s,r,r]}}let l=t.indent+a.indent;let f=t.offset+a.length;let u=0;for(let t=0;t<c;++t){const[n,s]=o[t];if(s===""||s==="\r"){if(a.indent===0&&n.length>l)l=n.length}else{if(n.length<l){const e="Block scalars with more-indented leading empty lines must use an explicit indentation indicator";r(f+n.length,"MISSING_CHAR",e)}if(a.indent===0)l=n.length;u=t;if(l===0&&!e.atRoot){const e="Block scalar values in collections must be indented";r(f,"BAD_INDENT",e)}break}f+=n.length+s.length+1}for(let e=o.length-1;e>=c;--e){if(o[e][0].length>l)c=e+1}let d="";let p="";let h=false;for(let e=0;e<u;++e)d+=o[e][0].slice(l)+"\n";for(let e=u;e<c;++e){let[t,s]=o[e];f+=t.length+s.length+1;const c=s[s.length-1]==="\r";if(c)s=s.slice(0,-1);if(s&&t.length<l){const e=a.indent?"explicit indentation indicator":"first line";const n=`Block scalar lines must not be less indented than their ${e}`;r(f-s.length-(c?2:1),"BAD_INDENT",n);t=""}if(i===n.Scalar.BLOCK_LITERAL){d+=p+t.slice(l)+s;p="\n"}else if(t.length>l||s[0]==="\t"){if(p===" ")p="\n";else if(!h&&p==="\n")p="\n\n";d+=p+t.slice(l)+s;p="\n";h=true}else if(s===""){if(p==="\n")d+="\n";else p="\n"}else{d+=p+s;p=" ";h=false}}switch(a.chomp){case"-":break;case"+":for(let e=c;e<o.length;++e)d+="\n"+o[e][0].slice(l);if(d[d.length-1]!=="\n")d+="\n";break;default:d+="\n"}const m=s+a.length+t.source.length;return{value:d,type:i,comment:a.comment,range:[s,m,m]}}function parseBlockScalarHeader({offset:e,props:t},r,n){if(t[0].type!=="block-scalar-header"){n(t[0],"IMPOSSIBLE","Block scalar header not found");return null}const{source:s}=t[0];const a=s[0];let i=0;let o="";let c=-1;for(let t=1;t<s.length;++t){const r=s[t];if(!o&&(r==="-"||r==="+"))o=r;else{const n=Number(r);if(!i&&n)i=n;else if(c===-1)c=e+t}}if(c!==-1)n(c,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${s}`);let l=false;let f="";let u=s.length;for(let e=1;e<t.length;++e){const s=t[e];switch(s.type){case"space":l=true;case"newline":u+=s.source.length;break;case"comment":if(r&&!l){const e="Comments must be separated from other tokens by white space characters";n(s,"MISSING_CHAR",e)}u+=s.source.length;f=s.source.substring(1);break;case"error":n(s,"UNEXPECTED_TOKEN",s.message);u+=s.source.length;break;default:{const e=`Unexpected token in block scalar header: ${s.type}`;n(s,"UNEXPECTED_TOKEN",e);const t=s.source;if(t&&typeof t==="string")u+=t.length}}}return{mode:a,indent:i,chomp:o,comment:f,length:u}}function splitLines(e){const t=e.split(/\n( *)/);const r=t[0];const n=r.match(/^( *)/);const s=n?.[1]?[n[1],r.slice(n[1].length)]:["",r];const a=[s];for(let e=1;e<t.length;e+=2)a.push([t[e],t[e+1]]);return a}t.resolveBlockScalar=resolveBlockScalar},90334:(e,t,r)=>{var n=r(92223);var s=r(34631);var a=r(74051);function resolveBlockSeq({composeNode:e,composeEmptyNode:t},r,i,o,c){const l=c?.nodeClass??n.YAMLSeq;const f=new l(r.schema);if(r.atRoot)r.atRoot=false;if(r.atKey)r.atKey=false;let u=i.offset;let d=null;for(const{start:n,value:c}of i.items){const l=s.resolveProps(n,{indicator:"seq-item-ind",next:c,offset:u,onError:o,parentIndent:i.indent,startOnNewline:true});if(!l.found){if(l.anchor||l.tag||c){if(c?.type==="block-seq")o(l.end,"BAD_INDENT","All sequence items must start at the same column");else o(u,"MISSING_CHAR","Sequence item without - indicator")}else{d=l.end;if(l.comment)f.comment=l.comment;continue}}const p=c?e(r,c,l,o):t(r,l.end,n,null,l,o);if(r.schema.compat)a.flowIndentCheck(i.indent,c,o);u=p.range[2];f.items.push(p)}f.range=[i.offset,u,d??u];return f}t.resolveBlockSeq=resolveBlockSeq},17788:(e,t)=>{function resolveEnd(e,t,r,n){let s="";if(e){let a=false;let i="";for(const o of e){const{source:e,type:c}=o;switch(c){case"space":a=true;break;case"comment":{if(r&&!a)n(o,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const t=e.substring(1)||" ";if(!s)s=t;else s+=i+t;i="";break}case"newline":if(s)i+=e;a=true;break;default:n(o,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}t+=e.length}}return{comment:s,offset:t}}t.resolveEnd=resolveEnd},13142:(e,t,r)=>{var n=r(41127);var s=r(57165);var a=r(84454);var i=r(92223);var o=r(17788);var c=r(34631);var l=r(9499);var f=r(81187);const u="Block collections are not allowed within flow collections";const isBlock=e=>e&&(e.type==="block-map"||e.type==="block-seq");function resolveFlowCollection({composeNode:e,composeEmptyNode:t},r,d,p,h){const m=d.start.source==="{";const v=m?"flow map":"flow sequence";const y=h?.nodeClass??(m?a.YAMLMap:i.YAMLSeq);const g=new y(r.schema);g.flow=true;const w=r.atRoot;if(w)r.atRoot=false;if(r.atKey)r.atKey=false;let b=d.offset+d.start.source.length;for(let i=0;i<d.items.length;++i){const o=d.items[i];const{start:h,key:y,sep:w,value:S}=o;const $=c.resolveProps(h,{flow:v,indicator:"explicit-key-ind",next:y??w?.[0],offset:b,onError:p,parentIndent:d.indent,startOnNewline:false});if(!$.found){if(!$.anchor&&!$.tag&&!w&&!S){if(i===0&&$.comma)p($.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${v}`);else if(i<d.items.length-1)p($.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${v}`);if($.comment){if(g.comment)g.comment+="\n"+$.comment;else g.comment=$.comment}b=$.end;continue}if(!m&&r.options.strict&&l.containsNewline(y))p(y,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(i===0){if($.comma)p($.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${v}`)}else{if(!$.comma)p($.start,"MISSING_CHAR",`Missing , between ${v} items`);if($.comment){let e="";e:for(const t of h){switch(t.type){case"comma":case"space":break;case"comment":e=t.source.substring(1);break e;default:break e}}if(e){let t=g.items[g.items.length-1];if(n.isPair(t))t=t.value??t.key;if(t.comment)t.comment+="\n"+e;else t.comment=e;$.comment=$.comment.substring(e.length+1)}}}if(!m&&!w&&!$.found){const n=S?e(r,S,$,p):t(r,$.end,w,null,$,p);g.items.push(n);b=n.range[2];if(isBlock(S))p(n.range,"BLOCK_IN_FLOW",u)}else{r.atKey=true;const n=$.end;const i=y?e(r,y,$,p):t(r,n,h,null,$,p);if(isBlock(y))p(i.range,"BLOCK_IN_FLOW",u);r.atKey=false;const l=c.resolveProps(w??[],{flow:v,indicator:"map-value-ind",next:S,offset:i.range[2],onError:p,parentIndent:d.indent,startOnNewline:false});if(l.found){if(!m&&!$.found&&r.options.strict){if(w)for(const e of w){if(e===l.found)break;if(e.type==="newline"){p(e,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}if($.start<l.found.offset-1024)p(l.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else if(S){if("source"in S&&S.source?.[0]===":")p(S,"MISSING_CHAR",`Missing space after : in ${v}`);else p(l.start,"MISSING_CHAR",`Missing , or : between ${v} items`)}const x=S?e(r,S,l,p):l.found?t(r,l.end,w,null,l,p):null;if(x){if(isBlock(S))p(x.range,"BLOCK_IN_FLOW",u)}else if(l.comment){if(i.comment)i.comment+="\n"+l.comment;else i.comment=l.comment}const k=new s.Pair(i,x);if(r.options.keepSourceTokens)k.srcToken=o;if(m){const e=g;if(f.mapIncludes(r,e.items,i))p(n,"DUPLICATE_KEY","Map keys must be unique");e.items.push(k)}else{const e=new a.YAMLMap(r.schema);e.flow=true;e.items.push(k);const t=(x??i).range;e.range=[i.range[0],t[1],t[2]];g.items.push(e)}b=x?x.range[2]:l.end}}const S=m?"}":"]";const[$,...x]=d.end;let k=b;if($?.source===S)k=$.offset+$.source.length;else{const e=v[0].toUpperCase()+v.substring(1);const t=w?`${e} must end with a ${S}`:`${e} in block collection must be sufficiently indented and end with a ${S}`;p(b,w?"MISSING_CHAR":"BAD_INDENT",t);if($&&$.source.length!==1)x.unshift($)}if(x.length>0){const e=o.resolveEnd(x,k,r.options.strict,p);if(e.comment){if(g.comment)g.comment+="\n"+e.comment;else g.comment=e.comment}g.range=[d.offset,k,e.offset]}else{g.range=[d.offset,k,k]}return g}t.resolveFlowCollection=resolveFlowCollection},76842:(e,t,r)=>{var n=r(63301);var s=r(17788);function resolveFlowScalar(e,t,r){const{offset:a,type:i,source:o,end:c}=e;let l;let f;const _onError=(e,t,n)=>r(a+e,t,n);switch(i){case"scalar":l=n.Scalar.PLAIN;f=plainValue(o,_onError);break;case"single-quoted-scalar":l=n.Scalar.QUOTE_SINGLE;f=singleQuotedValue(o,_onError);break;case"double-quoted-scalar":l=n.Scalar.QUOTE_DOUBLE;f=doubleQuotedValue(o,_onError);break;default:r(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${i}`);return{value:"",type:null,comment:"",range:[a,a+o.length,a+o.length]}}const u=a+o.length;const d=s.resolveEnd(c,u,t,r);return{value:f,type:l,comment:d.comment,range:[a,u,d.offset]}}function plainValue(e,t){let r="";switch(e[0]){case"\t":r="a tab character";break;case",":r="flow indicator character ,";break;case"%":r="directive indicator character %";break;case"|":case">":{r=`block scalar indicator ${e[0]}`;break}case"@":case"`":{r=`reserved character ${e[0]}`;break}}if(r)t(0,"BAD_SCALAR_START",`Plain value cannot start with ${r}`);return unfoldLines(e)}function singleQuotedValue(e,t){if(e[e.length-1]!=="'"||e.length===1)t(e.length,"MISSING_CHAR","Missing closing 'quote");return unfoldLines(e.slice(1,-1)).replace(/''/g,"'")}function unfoldLines(e){const t=/(.*?)\r?\n/sy;let r=t.exec(e);if(!r)return e;let n,s;try{n=new RegExp("(?<![ \t])[ \t]+$");s=new RegExp("^[ \t]+|(?<![ \t])[ \t]+$","g")}catch{n=/[ \t]+$/;s=/^[ \t]+|[ \t]+$/g}let a=r[1].replace(n,"");let i=" ";let o=t.lastIndex;while(r=t.exec(e)){const e=r[1].replace(s,"");if(e===""){if(i==="\n")a+=i;else i="\n"}else{a+=i+e;i=" "}o=t.lastIndex}const c=/[ \t]*(.*)/sy;c.lastIndex=o;r=c.exec(e);return a+i+(r?.[1]??"")}function doubleQuotedValue(e,t){let r="";for(let n=1;n<e.length-1;++n){const s=e[n];if(s==="\r"&&e[n+1]==="\n")continue;if(s==="\n"){const{fold:t,offset:s}=foldNewline(e,n);r+=t;n=s}else if(s==="\\"){let s=e[++n];const i=a[s];if(i)r+=i;else if(s==="\n"){s=e[n+1];while(s===" "||s==="\t")s=e[++n+1]}else if(s==="\r"&&e[n+1]==="\n"){s=e[++n+1];while(s===" "||s==="\t")s=e[++n+1]}else if(s==="x"||s==="u"||s==="U"){const a=s==="x"?2:s==="u"?4:8;r+=parseCharCode(e,n+1,a,t);n+=a}else{const s=e.substr(n-1,2);t(n-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`);r+=s}}else if(s===" "||s==="\t"){const t=n;let a=e[n+1];while(a===" "||a==="\t")a=e[++n+1];if(a!=="\n"&&!(a==="\r"&&e[n+2]==="\n"))r+=n>t?e.slice(t,n+1):s}else{r+=s}}if(e[e.length-1]!=='"'||e.length===1)t(e.length,"MISSING_CHAR",'Missing closing "quote');return r}function foldNewline(e,t){let r="";let n=e[t+1];while(n===" "||n==="\t"||n==="\n"||n==="\r"){if(n==="\r"&&e[t+2]!=="\n")break;if(n==="\n")r+="\n";t+=1;n=e[t+1]}if(!r)r=" ";return{fold:r,offset:t}}const a={0:"\0",a:"",b:"\b",e:"",f:"\f",n:"\n",r:"\r",t:"\t",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","\t":"\t"};function parseCharCode(e,t,r,n){const s=e.substr(t,r);const a=s.length===r&&/^[0-9a-fA-F]+$/.test(s);const i=a?parseInt(s,16):NaN;try{return String.fromCodePoint(i)}catch{const s=e.substr(t-2,r+2);n(t-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`);return s}}t.resolveFlowScalar=resolveFlowScalar},34631:(e,t)=>{function resolveProps(e,{flow:t,indicator:r,next:n,offset:s,onError:a,parentIndent:i,startOnNewline:o}){let c=false;let l=o;let f=o;let u="";let d="";let p=false;let h=false;let m=null;let v=null;let y=null;let g=null;let w=null;let b=null;let S=null;for(const s of e){if(h){if(s.type!=="space"&&s.type!=="newline"&&s.type!=="comma")a(s.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space");h=false}if(m){if(l&&s.type!=="comment"&&s.type!=="newline"){a(m,"TAB_AS_INDENT","Tabs are not allowed as indentation")}m=null}switch(s.type){case"space":if(!t&&(r!=="doc-start"||n?.type!=="flow-collection")&&s.source.includes("\t")){m=s}f=true;break;case"comment":{if(!f)a(s,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const e=s.source.substring(1)||" ";if(!u)u=e;else u+=d+e;d="";l=false;break}case"newline":if(l){if(u)u+=s.source;else if(!b||r!=="seq-item-ind")c=true}else d+=s.source;l=true;p=true;if(v||y)g=s;f=true;break;case"anchor":if(v)a(s,"MULTIPLE_ANCHORS","A node can have at most one anchor");if(s.source.endsWith(":"))a(s.offset+s.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",true);v=s;S??(S=s.offset);l=false;f=false;h=true;break;case"tag":{if(y)a(s,"MULTIPLE_TAGS","A node can have at most one tag");y=s;S??(S=s.offset);l=false;f=false;h=true;break}case r:if(v||y)a(s,"BAD_PROP_ORDER",`Anchors and tags must be after the ${s.source} indicator`);if(b)a(s,"UNEXPECTED_TOKEN",`Unexpected ${s.source} in ${t??"collection"}`);b=s;l=r==="seq-item-ind"||r==="explicit-key-ind";f=false;break;case"comma":if(t){if(w)a(s,"UNEXPECTED_TOKEN",`Unexpected , in ${t}`);w=s;l=false;f=false;break}default:a(s,"UNEXPECTED_TOKEN",`Unexpected ${s.type} token`);l=false;f=false}}const $=e[e.length-1];const x=$?$.offset+$.source.length:s;if(h&&n&&n.type!=="space"&&n.type!=="newline"&&n.type!=="comma"&&(n.type!=="scalar"||n.source!=="")){a(n.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space")}if(m&&(l&&m.indent<=i||n?.type==="block-map"||n?.type==="block-seq"))a(m,"TAB_AS_INDENT","Tabs are not allowed as indentation");return{comma:w,found:b,spaceBefore:c,comment:u,hasNewline:p,anchor:v,tag:y,newlineAfterProp:g,end:x,start:S??x}}t.resolveProps=resolveProps},9499:(e,t)=>{function containsNewline(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes("\n"))return true;if(e.end)for(const t of e.end)if(t.type==="newline")return true;return false;case"flow-collection":for(const t of e.items){for(const e of t.start)if(e.type==="newline")return true;if(t.sep)for(const e of t.sep)if(e.type==="newline")return true;if(containsNewline(t.key)||containsNewline(t.value))return true}return false;default:return true}}t.containsNewline=containsNewline},22599:(e,t)=>{function emptyScalarPosition(e,t,r){if(t){r??(r=t.length);for(let n=r-1;n>=0;--n){let r=t[n];switch(r.type){case"space":case"comment":case"newline":e-=r.source.length;continue}r=t[++n];while(r?.type==="space"){e+=r.source.length;r=t[++n]}break}}return e}t.emptyScalarPosition=emptyScalarPosition},74051:(e,t,r)=>{var n=r(9499);function flowIndentCheck(e,t,r){if(t?.type==="flow-collection"){const s=t.end[0];if(s.indent===e&&(s.source==="]"||s.source==="}")&&n.containsNewline(t)){const e="Flow end indicator should be more indented than parent";r(s,"BAD_INDENT",e,true)}}}t.flowIndentCheck=flowIndentCheck},81187:(e,t,r)=>{var n=r(41127);function mapIncludes(e,t,r){const{uniqueKeys:s}=e.options;if(s===false)return false;const a=typeof s==="function"?s:(e,t)=>e===t||n.isScalar(e)&&n.isScalar(t)&&e.value===t.value;return t.some(e=>a(e.key,r))}t.mapIncludes=mapIncludes},3021:(e,t,r)=>{var n=r(4065);var s=r(40101);var a=r(41127);var i=r(57165);var o=r(74043);var c=r(45840);var l=r(6829);var f=r(71596);var u=r(83661);var d=r(42404);var p=r(61342);class Document{constructor(e,t,r){this.commentBefore=null;this.comment=null;this.errors=[];this.warnings=[];Object.defineProperty(this,a.NODE_TYPE,{value:a.DOC});let n=null;if(typeof t==="function"||Array.isArray(t)){n=t}else if(r===undefined&&t){r=t;t=undefined}const s=Object.assign({intAsBigInt:false,keepSourceTokens:false,logLevel:"warn",prettyErrors:true,strict:true,stringKeys:false,uniqueKeys:true,version:"1.2"},r);this.options=s;let{version:i}=s;if(r?._directives){this.directives=r._directives.atDocument();if(this.directives.yaml.explicit)i=this.directives.yaml.version}else this.directives=new p.Directives({version:i});this.setSchema(i,r);this.contents=e===undefined?null:this.createNode(e,n,r)}clone(){const e=Object.create(Document.prototype,{[a.NODE_TYPE]:{value:a.DOC}});e.commentBefore=this.commentBefore;e.comment=this.comment;e.errors=this.errors.slice();e.warnings=this.warnings.slice();e.options=Object.assign({},this.options);if(this.directives)e.directives=this.directives.clone();e.schema=this.schema.clone();e.contents=a.isNode(this.contents)?this.contents.clone(e.schema):this.contents;if(this.range)e.range=this.range.slice();return e}add(e){if(assertCollection(this.contents))this.contents.add(e)}addIn(e,t){if(assertCollection(this.contents))this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){const r=f.anchorNames(this);e.anchor=!t||r.has(t)?f.findNewAnchor(t||"a",r):t}return new n.Alias(e.anchor)}createNode(e,t,r){let n=undefined;if(typeof t==="function"){e=t.call({"":e},"",e);n=t}else if(Array.isArray(t)){const keyToStr=e=>typeof e==="number"||e instanceof String||e instanceof Number;const e=t.filter(keyToStr).map(String);if(e.length>0)t=t.concat(e);n=t}else if(r===undefined&&t){r=t;t=undefined}const{aliasDuplicateObjects:s,anchorPrefix:i,flow:o,keepUndefined:c,onTagObj:l,tag:u}=r??{};const{onAnchor:p,setAnchors:h,sourceObjects:m}=f.createNodeAnchors(this,i||"a");const v={aliasDuplicateObjects:s??true,keepUndefined:c??false,onAnchor:p,onTagObj:l,replacer:n,schema:this.schema,sourceObjects:m};const y=d.createNode(e,u,v);if(o&&a.isCollection(y))y.flow=true;h();return y}createPair(e,t,r={}){const n=this.createNode(e,null,r);const s=this.createNode(t,null,r);return new i.Pair(n,s)}delete(e){return assertCollection(this.contents)?this.contents.delete(e):false}deleteIn(e){if(s.isEmptyPath(e)){if(this.contents==null)return false;this.contents=null;return true}return assertCollection(this.contents)?this.contents.deleteIn(e):false}get(e,t){return a.isCollection(this.contents)?this.contents.get(e,t):undefined}getIn(e,t){if(s.isEmptyPath(e))return!t&&a.isScalar(this.contents)?this.contents.value:this.contents;return a.isCollection(this.contents)?this.contents.getIn(e,t):undefined}has(e){return a.isCollection(this.contents)?this.contents.has(e):false}hasIn(e){if(s.isEmptyPath(e))return this.contents!==undefined;return a.isCollection(this.contents)?this.contents.hasIn(e):false}set(e,t){if(this.contents==null){this.contents=s.collectionFromPath(this.schema,[e],t)}else if(assertCollection(this.contents)){this.contents.set(e,t)}}setIn(e,t){if(s.isEmptyPath(e)){this.contents=t}else if(this.contents==null){this.contents=s.collectionFromPath(this.schema,Array.from(e),t)}else if(assertCollection(this.contents)){this.contents.setIn(e,t)}}setSchema(e,t={}){if(typeof e==="number")e=String(e);let r;switch(e){case"1.1":if(this.directives)this.directives.yaml.version="1.1";else this.directives=new p.Directives({version:"1.1"});r={resolveKnownTags:false,schema:"yaml-1.1"};break;case"1.2":case"next":if(this.directives)this.directives.yaml.version=e;else this.directives=new p.Directives({version:e});r={resolveKnownTags:true,schema:"core"};break;case null:if(this.directives)delete this.directives;r=null;break;default:{const t=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${t}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(r)this.schema=new c.Schema(Object.assign(r,t));else throw new Error(`With a null YAML version, the { schema: Schema } option is required`)}toJS({json:e,jsonArg:t,mapAsMap:r,maxAliasCount:n,onAnchor:s,reviver:a}={}){const i={anchors:new Map,doc:this,keep:!e,mapAsMap:r===true,mapKeyWarned:false,maxAliasCount:typeof n==="number"?n:100};const c=o.toJS(this.contents,t??"",i);if(typeof s==="function")for(const{count:e,res:t}of i.anchors.values())s(t,e);return typeof a==="function"?u.applyReviver(a,{"":c},"",c):c}toJSON(e,t){return this.toJS({json:true,jsonArg:e,mapAsMap:false,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){const t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return l.stringifyDocument(this,e)}}function assertCollection(e){if(a.isCollection(e))return true;throw new Error("Expected a YAML collection as document contents")}t.Document=Document},71596:(e,t,r)=>{var n=r(41127);var s=r(10204);function anchorIsValid(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){const t=JSON.stringify(e);const r=`Anchor must not contain whitespace or control characters: ${t}`;throw new Error(r)}return true}function anchorNames(e){const t=new Set;s.visit(e,{Value(e,r){if(r.anchor)t.add(r.anchor)}});return t}function findNewAnchor(e,t){for(let r=1;true;++r){const n=`${e}${r}`;if(!t.has(n))return n}}function createNodeAnchors(e,t){const r=[];const s=new Map;let a=null;return{onAnchor:n=>{r.push(n);a??(a=anchorNames(e));const s=findNewAnchor(t,a);a.add(s);return s},setAnchors:()=>{for(const e of r){const t=s.get(e);if(typeof t==="object"&&t.anchor&&(n.isScalar(t.node)||n.isCollection(t.node))){t.node.anchor=t.anchor}else{const t=new Error("Failed to resolve repeated object (this should not happen)");t.source=e;throw t}}},sourceObjects:s}}t.anchorIsValid=anchorIsValid;t.anchorNames=anchorNames;t.createNodeAnchors=createNodeAnchors;t.findNewAnchor=findNewAnchor},83661:(e,t)=>{function applyReviver(e,t,r,n){if(n&&typeof n==="object"){if(Array.isArray(n)){for(let t=0,r=n.length;t<r;++t){const r=n[t];const s=applyReviver(e,n,String(t),r);if(s===undefined)delete n[t];else if(s!==r)n[t]=s}}else if(n instanceof Map){for(const t of Array.from(n.keys())){const r=n.get(t);const s=applyReviver(e,n,t,r);if(s===undefined)n.delete(t);else if(s!==r)n.set(t,s)}}else if(n instanceof Set){for(const t of Array.from(n)){const r=applyReviver(e,n,t,t);if(r===undefined)n.delete(t);else if(r!==t){n.delete(t);n.add(r)}}}else{for(const[t,r]of Object.entries(n)){const s=applyReviver(e,n,t,r);if(s===undefined)delete n[t];else if(s!==r)n[t]=s}}}return e.call(t,r,n)}t.applyReviver=applyReviver},42404:(e,t,r)=>{var n=r(4065);var s=r(41127);var a=r(63301);const i="tag:yaml.org,2002:";function findTagObject(e,t,r){if(t){const e=r.filter(e=>e.tag===t);const n=e.find(e=>!e.format)??e[0];if(!n)throw new Error(`Tag ${t} not found`);return n}return r.find(t=>t.identify?.(e)&&!t.format)}function createNode(e,t,r){if(s.isDocument(e))e=e.contents;if(s.isNode(e))return e;if(s.isPair(e)){const t=r.schema[s.MAP].createNode?.(r.schema,null,r);t.items.push(e);return t}if(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt!=="undefined"&&e instanceof BigInt){e=e.valueOf()}const{aliasDuplicateObjects:o,onAnchor:c,onTagObj:l,schema:f,sourceObjects:u}=r;let d=undefined;if(o&&e&&typeof e==="object"){d=u.get(e);if(d){d.anchor??(d.anchor=c(e));return new n.Alias(d.anchor)}else{d={anchor:null,node:null};u.set(e,d)}}if(t?.startsWith("!!"))t=i+t.slice(2);let p=findTagObject(e,t,f.tags);if(!p){if(e&&typeof e.toJSON==="function"){e=e.toJSON()}if(!e||typeof e!=="object"){const t=new a.Scalar(e);if(d)d.node=t;return t}p=e instanceof Map?f[s.MAP]:Symbol.iterator in Object(e)?f[s.SEQ]:f[s.MAP]}if(l){l(p);delete r.onTagObj}const h=p?.createNode?p.createNode(r.schema,e,r):typeof p?.nodeClass?.from==="function"?p.nodeClass.from(r.schema,e,r):new a.Scalar(e);if(t)h.tag=t;else if(!p.default)h.tag=p.tag;if(d)d.node=h;return h}t.createNode=createNode},61342:(e,t,r)=>{var n=r(41127);var s=r(10204);const a={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"};const escapeTagName=e=>e.replace(/[!,[\]{}]/g,e=>a[e]);class Directives{constructor(e,t){this.docStart=null;this.docEnd=false;this.yaml=Object.assign({},Directives.defaultYaml,e);this.tags=Object.assign({},Directives.defaultTags,t)}clone(){const e=new Directives(this.yaml,this.tags);e.docStart=this.docStart;return e}atDocument(){const e=new Directives(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=true;break;case"1.2":this.atNextDocument=false;this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.2"};this.tags=Object.assign({},Directives.defaultTags);break}return e}add(e,t){if(this.atNextDocument){this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.1"};this.tags=Object.assign({},Directives.defaultTags);this.atNextDocument=false}const r=e.trim().split(/[ \t]+/);const n=r.shift();switch(n){case"%TAG":{if(r.length!==2){t(0,"%TAG directive should contain exactly two parts");if(r.length<2)return false}const[e,n]=r;this.tags[e]=n;return true}case"%YAML":{this.yaml.explicit=true;if(r.length!==1){t(0,"%YAML directive should contain exactly one part");return false}const[e]=r;if(e==="1.1"||e==="1.2"){this.yaml.version=e;return true}else{const r=/^\d+\.\d+$/.test(e);t(6,`Unsupported YAML version ${e}`,r);return false}}default:t(0,`Unknown directive ${n}`,true);return false}}tagName(e,t){if(e==="!")return"!";if(e[0]!=="!"){t(`Not a valid tag: ${e}`);return null}if(e[1]==="<"){const r=e.slice(2,-1);if(r==="!"||r==="!!"){t(`Verbatim tags aren't resolved, so ${e} is invalid.`);return null}if(e[e.length-1]!==">")t("Verbatim tags must end with a >");return r}const[,r,n]=e.match(/^(.*!)([^!]*)$/s);if(!n)t(`The ${e} tag has no suffix`);const s=this.tags[r];if(s){try{return s+decodeURIComponent(n)}catch(e){t(String(e));return null}}if(r==="!")return e;t(`Could not resolve tag: ${e}`);return null}tagString(e){for(const[t,r]of Object.entries(this.tags)){if(e.startsWith(r))return t+escapeTagName(e.substring(r.length))}return e[0]==="!"?e:`!<${e}>`}toString(e){const t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[];const r=Object.entries(this.tags);let a;if(e&&r.length>0&&n.isNode(e.contents)){const t={};s.visit(e.contents,(e,r)=>{if(n.isNode(r)&&r.tag)t[r.tag]=true});a=Object.keys(t)}else a=[];for(const[n,s]of r){if(n==="!!"&&s==="tag:yaml.org,2002:")continue;if(!e||a.some(e=>e.startsWith(s)))t.push(`%TAG ${n} ${s}`)}return t.join("\n")}}Directives.defaultYaml={explicit:false,version:"1.2"};Directives.defaultTags={"!!":"tag:yaml.org,2002:"};t.Directives=Directives},91464:(e,t)=>{class YAMLError extends Error{constructor(e,t,r,n){super();this.name=e;this.code=r;this.message=n;this.pos=t}}class YAMLParseError extends YAMLError{constructor(e,t,r){super("YAMLParseError",e,t,r)}}class YAMLWarning extends YAMLError{constructor(e,t,r){super("YAMLWarning",e,t,r)}}const prettifyError=(e,t)=>r=>{if(r.pos[0]===-1)return;r.linePos=r.pos.map(e=>t.linePos(e));const{line:n,col:s}=r.linePos[0];r.message+=` at line ${n}, column ${s}`;let a=s-1;let i=e.substring(t.lineStarts[n-1],t.lineStarts[n]).replace(/[\n\r]+$/,"");if(a>=60&&i.length>80){const e=Math.min(a-39,i.length-79);i="…"+i.substring(e);a-=e-1}if(i.length>80)i=i.substring(0,79)+"…";if(n>1&&/^ *$/.test(i.substring(0,a))){let r=e.substring(t.lineStarts[n-2],t.lineStarts[n-1]);if(r.length>80)r=r.substring(0,79)+"…\n";i=r+i}if(/[^ ]/.test(i)){let e=1;const t=r.linePos[1];if(t?.line===n&&t.col>s){e=Math.max(1,Math.min(t.col-s,80-a))}const o=" ".repeat(a)+"^".repeat(e);r.message+=`:\n\n${i}\n${o}\n`}};t.YAMLError=YAMLError;t.YAMLParseError=YAMLParseError;t.YAMLWarning=YAMLWarning;t.prettifyError=prettifyError},38815:(e,t,r)=>{var n;var s=r(89984);var a=r(3021);var i=r(45840);var o=r(91464);var c=r(4065);var l=r(41127);var f=r(57165);var u=r(63301);var d=r(84454);var p=r(92223);var h=r(3461);var m=r(40361);var v=r(66628);var y=r(3456);var g=r(84047);var w=r(10204);n=s.Composer;n=a.Document;n=i.Schema;n=o.YAMLError;n=o.YAMLParseError;n=o.YAMLWarning;n=c.Alias;n=l.isAlias;n=l.isCollection;n=l.isDocument;n=l.isMap;n=l.isNode;n=l.isPair;n=l.isScalar;n=l.isSeq;n=f.Pair;n=u.Scalar;n=d.YAMLMap;n=p.YAMLSeq;n=h;n=m.Lexer;n=v.LineCounter;n=y.Parser;t.qg=g.parse;t.hR=g.parseAllDocuments;t.Tp=g.parseDocument;t.As=g.stringify;n=w.visit;n=w.visitAsync},57249:(e,t,r)=>{var n=r(932);function debug(e,...t){if(e==="debug")console.log(...t)}function warn(e,t){if(e==="debug"||e==="warn"){if(typeof n.emitWarning==="function")n.emitWarning(t);else console.warn(t)}}t.debug=debug;t.warn=warn},4065:(e,t,r)=>{var n=r(71596);var s=r(10204);var a=r(41127);var i=r(66673);var o=r(74043);class Alias extends i.NodeBase{constructor(e){super(a.ALIAS);this.source=e;Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;if(t?.aliasResolveCache){r=t.aliasResolveCache}else{r=[];s.visit(e,{Node:(e,t)=>{if(a.isAlias(t)||a.hasAnchor(t))r.push(t)}});if(t)t.aliasResolveCache=r}let n=undefined;for(const e of r){if(e===this)break;if(e.anchor===this.source)n=e}if(n&&t){const{anchors:e,doc:r,maxAliasCount:s}=t;let a=e.get(n);if(!a){o.toJS(n,null,t);a=e.get(n)}if(a?.res===undefined){const e="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(e)}if(s>=0){a.count+=1;if(a.aliasCount===0)a.aliasCount=getAliasCount(r,n,e);if(a.count*a.aliasCount>s){const e="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(e)}}}return n}toJSON(e,t){if(!t)return{source:this.source};const r=this.resolve(t.doc,t);if(!r){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(e)}return t.anchors.get(r).res}toString(e,t,r){const s=`*${this.source}`;if(e){n.anchorIsValid(this.source);if(e.options.verifyAliasOrder&&!e.anchors.has(this.source)){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(e)}if(e.implicitKey)return`${s} `}return s}}function getAliasCount(e,t,r){if(a.isAlias(t)){const n=t.resolve(e);const s=r&&n&&r.get(n);return s?s.count*s.aliasCount:0}else if(a.isCollection(t)){let n=0;for(const s of t.items){const t=getAliasCount(e,s,r);if(t>n)n=t}return n}else if(a.isPair(t)){const n=getAliasCount(e,t.key,r);const s=getAliasCount(e,t.value,r);return Math.max(n,s)}return 1}t.Alias=Alias},40101:(e,t,r)=>{var n=r(42404);var s=r(41127);var a=r(66673);function collectionFromPath(e,t,r){let s=r;for(let e=t.length-1;e>=0;--e){const r=t[e];if(typeof r==="number"&&Number.isInteger(r)&&r>=0){const e=[];e[r]=s;s=e}else{s=new Map([[r,s]])}}return n.createNode(s,undefined,{aliasDuplicateObjects:false,keepUndefined:false,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}const isEmptyPath=e=>e==null||typeof e==="object"&&!!e[Symbol.iterator]().next().done;class Collection extends a.NodeBase{constructor(e,t){super(e);Object.defineProperty(this,"schema",{value:t,configurable:true,enumerable:false,writable:true})}clone(e){const t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(e)t.schema=e;t.items=t.items.map(t=>s.isNode(t)||s.isPair(t)?t.clone(e):t);if(this.range)t.range=this.range.slice();return t}addIn(e,t){if(isEmptyPath(e))this.add(t);else{const[r,...n]=e;const a=this.get(r,true);if(s.isCollection(a))a.addIn(n,t);else if(a===undefined&&this.schema)this.set(r,collectionFromPath(this.schema,n,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${n}`)}}deleteIn(e){const[t,...r]=e;if(r.length===0)return this.delete(t);const n=this.get(t,true);if(s.isCollection(n))return n.deleteIn(r);else throw new Error(`Expected YAML collection at ${t}. Remaining path: ${r}`)}getIn(e,t){const[r,...n]=e;const a=this.get(r,true);if(n.length===0)return!t&&s.isScalar(a)?a.value:a;else return s.isCollection(a)?a.getIn(n,t):undefined}hasAllNullValues(e){return this.items.every(t=>{if(!s.isPair(t))return false;const r=t.value;return r==null||e&&s.isScalar(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(e){const[t,...r]=e;if(r.length===0)return this.has(t);const n=this.get(t,true);return s.isCollection(n)?n.hasIn(r):false}setIn(e,t){const[r,...n]=e;if(n.length===0){this.set(r,t)}else{const e=this.get(r,true);if(s.isCollection(e))e.setIn(n,t);else if(e===undefined&&this.schema)this.set(r,collectionFromPath(this.schema,n,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${n}`)}}}t.Collection=Collection;t.collectionFromPath=collectionFromPath;t.isEmptyPath=isEmptyPath},66673:(e,t,r)=>{var n=r(83661);var s=r(41127);var a=r(74043);class NodeBase{constructor(e){Object.defineProperty(this,s.NODE_TYPE,{value:e})}clone(){const e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(this.range)e.range=this.range.slice();return e}toJS(e,{mapAsMap:t,maxAliasCount:r,onAnchor:i,reviver:o}={}){if(!s.isDocument(e))throw new TypeError("A document argument is required");const c={anchors:new Map,doc:e,keep:true,mapAsMap:t===true,mapKeyWarned:false,maxAliasCount:typeof r==="number"?r:100};const l=a.toJS(this,"",c);if(typeof i==="function")for(const{count:e,res:t}of c.anchors.values())i(t,e);return typeof o==="function"?n.applyReviver(o,{"":l},"",l):l}}t.NodeBase=NodeBase},57165:(e,t,r)=>{var n=r(42404);var s=r(59748);var a=r(97104);var i=r(41127);function createPair(e,t,r){const s=n.createNode(e,undefined,r);const a=n.createNode(t,undefined,r);return new Pair(s,a)}class Pair{constructor(e,t=null){Object.defineProperty(this,i.NODE_TYPE,{value:i.PAIR});this.key=e;this.value=t}clone(e){let{key:t,value:r}=this;if(i.isNode(t))t=t.clone(e);if(i.isNode(r))r=r.clone(e);return new Pair(t,r)}toJSON(e,t){const r=t?.mapAsMap?new Map:{};return a.addPairToJSMap(t,r,this)}toString(e,t,r){return e?.doc?s.stringifyPair(this,e,t,r):JSON.stringify(this)}}t.Pair=Pair;t.createPair=createPair},63301:(e,t,r)=>{var n=r(41127);var s=r(66673);var a=r(74043);const isScalarValue=e=>!e||typeof e!=="function"&&typeof e!=="object";class Scalar extends s.NodeBase{constructor(e){super(n.SCALAR);this.value=e}toJSON(e,t){return t?.keep?this.value:a.toJS(this.value,e,t)}toString(){return String(this.value)}}Scalar.BLOCK_FOLDED="BLOCK_FOLDED";Scalar.BLOCK_LITERAL="BLOCK_LITERAL";Scalar.PLAIN="PLAIN";Scalar.QUOTE_DOUBLE="QUOTE_DOUBLE";Scalar.QUOTE_SINGLE="QUOTE_SINGLE";t.Scalar=Scalar;t.isScalarValue=isScalarValue},84454:(e,t,r)=>{var n=r(61212);var s=r(97104);var a=r(40101);var i=r(41127);var o=r(57165);var c=r(63301);function findPair(e,t){const r=i.isScalar(t)?t.value:t;for(const n of e){if(i.isPair(n)){if(n.key===t||n.key===r)return n;if(i.isScalar(n.key)&&n.key.value===r)return n}}return undefined}class YAMLMap extends a.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(i.MAP,e);this.items=[]}static from(e,t,r){const{keepUndefined:n,replacer:s}=r;const a=new this(e);const add=(e,i)=>{if(typeof s==="function")i=s.call(t,e,i);else if(Array.isArray(s)&&!s.includes(e))return;if(i!==undefined||n)a.items.push(o.createPair(e,i,r))};if(t instanceof Map){for(const[e,r]of t)add(e,r)}else if(t&&typeof t==="object"){for(const e of Object.keys(t))add(e,t[e])}if(typeof e.sortMapEntries==="function"){a.items.sort(e.sortMapEntries)}return a}add(e,t){let r;if(i.isPair(e))r=e;else if(!e||typeof e!=="object"||!("key"in e)){r=new o.Pair(e,e?.value)}else r=new o.Pair(e.key,e.value);const n=findPair(this.items,r.key);const s=this.schema?.sortMapEntries;if(n){if(!t)throw new Error(`Key ${r.key} already set`);if(i.isScalar(n.value)&&c.isScalarValue(r.value))n.value.value=r.value;else n.value=r.value}else if(s){const e=this.items.findIndex(e=>s(r,e)<0);if(e===-1)this.items.push(r);else this.items.splice(e,0,r)}else{this.items.push(r)}}delete(e){const t=findPair(this.items,e);if(!t)return false;const r=this.items.splice(this.items.indexOf(t),1);return r.length>0}get(e,t){const r=findPair(this.items,e);const n=r?.value;return(!t&&i.isScalar(n)?n.value:n)??undefined}has(e){return!!findPair(this.items,e)}set(e,t){this.add(new o.Pair(e,t),true)}toJSON(e,t,r){const n=r?new r:t?.mapAsMap?new Map:{};if(t?.onCreate)t.onCreate(n);for(const e of this.items)s.addPairToJSMap(t,n,e);return n}toString(e,t,r){if(!e)return JSON.stringify(this);for(const e of this.items){if(!i.isPair(e))throw new Error(`Map items must all be pairs; found ${JSON.stringify(e)} instead`)}if(!e.allNullValues&&this.hasAllNullValues(false))e=Object.assign({},e,{allNullValues:true});return n.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:r,onComment:t})}}t.YAMLMap=YAMLMap;t.findPair=findPair},92223:(e,t,r)=>{var n=r(42404);var s=r(61212);var a=r(40101);var i=r(41127);var o=r(63301);var c=r(74043);class YAMLSeq extends a.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(i.SEQ,e);this.items=[]}add(e){this.items.push(e)}delete(e){const t=asItemIndex(e);if(typeof t!=="number")return false;const r=this.items.splice(t,1);return r.length>0}get(e,t){const r=asItemIndex(e);if(typeof r!=="number")return undefined;const n=this.items[r];return!t&&i.isScalar(n)?n.value:n}has(e){const t=asItemIndex(e);return typeof t==="number"&&t<this.items.length}set(e,t){const r=asItemIndex(e);if(typeof r!=="number")throw new Error(`Expected a valid index, not ${e}.`);const n=this.items[r];if(i.isScalar(n)&&o.isScalarValue(t))n.value=t;else this.items[r]=t}toJSON(e,t){const r=[];if(t?.onCreate)t.onCreate(r);let n=0;for(const e of this.items)r.push(c.toJS(e,String(n++),t));return r}toString(e,t,r){if(!e)return JSON.stringify(this);return s.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:r,onComment:t})}static from(e,t,r){const{replacer:s}=r;const a=new this(e);if(t&&Symbol.iterator in Object(t)){let e=0;for(let i of t){if(typeof s==="function"){const r=t instanceof Set?i:String(e++);i=s.call(t,r,i)}a.items.push(n.createNode(i,undefined,r))}}return a}}function asItemIndex(e){let t=i.isScalar(e)?e.value:e;if(t&&typeof t==="string")t=Number(t);return typeof t==="number"&&Number.isInteger(t)&&t>=0?t:null}t.YAMLSeq=YAMLSeq},97104:(e,t,r)=>{var n=r(57249);var s=r(90452);var a=r(2148);var i=r(41127);var o=r(74043);function addPairToJSMap(e,t,{key:r,value:n}){if(i.isNode(r)&&r.addToJSMap)r.addToJSMap(e,t,n);else if(s.isMergeKey(e,r))s.addMergeToJSMap(e,t,n);else{const s=o.toJS(r,"",e);if(t instanceof Map){t.set(s,o.toJS(n,s,e))}else if(t instanceof Set){t.add(s)}else{const a=stringifyKey(r,s,e);const i=o.toJS(n,a,e);if(a in t)Object.defineProperty(t,a,{value:i,writable:true,enumerable:true,configurable:true});else t[a]=i}}return t}function stringifyKey(e,t,r){if(t===null)return"";if(typeof t!=="object")return String(t);if(i.isNode(e)&&r?.doc){const t=a.createStringifyContext(r.doc,{});t.anchors=new Set;for(const e of r.anchors.keys())t.anchors.add(e.anchor);t.inFlow=true;t.inStringifyKey=true;const s=e.toString(t);if(!r.mapKeyWarned){let e=JSON.stringify(s);if(e.length>40)e=e.substring(0,36)+'..."';n.warn(r.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${e}. Set mapAsMap: true to use object keys.`);r.mapKeyWarned=true}return s}return JSON.stringify(t)}t.addPairToJSMap=addPairToJSMap},41127:(e,t)=>{const r=Symbol.for("yaml.alias");const n=Symbol.for("yaml.document");const s=Symbol.for("yaml.map");const a=Symbol.for("yaml.pair");const i=Symbol.for("yaml.scalar");const o=Symbol.for("yaml.seq");const c=Symbol.for("yaml.node.type");const isAlias=e=>!!e&&typeof e==="object"&&e[c]===r;const isDocument=e=>!!e&&typeof e==="object"&&e[c]===n;const isMap=e=>!!e&&typeof e==="object"&&e[c]===s;const isPair=e=>!!e&&typeof e==="object"&&e[c]===a;const isScalar=e=>!!e&&typeof e==="object"&&e[c]===i;const isSeq=e=>!!e&&typeof e==="object"&&e[c]===o;function isCollection(e){if(e&&typeof e==="object")switch(e[c]){case s:case o:return true}return false}function isNode(e){if(e&&typeof e==="object")switch(e[c]){case r:case s:case i:case o:return true}return false}const hasAnchor=e=>(isScalar(e)||isCollection(e))&&!!e.anchor;t.ALIAS=r;t.DOC=n;t.MAP=s;t.NODE_TYPE=c;t.PAIR=a;t.SCALAR=i;t.SEQ=o;t.hasAnchor=hasAnchor;t.isAlias=isAlias;t.isCollection=isCollection;t.isDocument=isDocument;t.isMap=isMap;t.isNode=isNode;t.isPair=isPair;t.isScalar=isScalar;t.isSeq=isSeq},74043:(e,t,r)=>{var n=r(41127);function toJS(e,t,r){if(Array.isArray(e))return e.map((e,t)=>toJS(e,String(t),r));if(e&&typeof e.toJSON==="function"){if(!r||!n.hasAnchor(e))return e.toJSON(t,r);const s={aliasCount:0,count:1,res:undefined};r.anchors.set(e,s);r.onCreate=e=>{s.res=e;delete r.onCreate};const a=e.toJSON(t,r);if(r.onCreate)r.onCreate(a);return a}if(typeof e==="bigint"&&!r?.keep)return Number(e);return e}t.toJS=toJS},60110:(e,t,r)=>{var n=r(48913);var s=r(76842);var a=r(91464);var i=r(83069);function resolveAsScalar(e,t=true,r){if(e){const _onError=(e,t,n)=>{const s=typeof e==="number"?e:Array.isArray(e)?e[0]:e.offset;if(r)r(s,t,n);else throw new a.YAMLParseError([s,s+1],t,n)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return s.resolveFlowScalar(e,t,_onError);case"block-scalar":return n.resolveBlockScalar({options:{strict:t}},e,_onError)}}return null}function createScalarToken(e,t){const{implicitKey:r=false,indent:n,inFlow:s=false,offset:a=-1,type:o="PLAIN"}=t;const c=i.stringifyString({type:o,value:e},{implicitKey:r,indent:n>0?" ".repeat(n):"",inFlow:s,options:{blockQuote:true,lineWidth:-1}});const l=t.end??[{type:"newline",offset:-1,indent:n,source:"\n"}];switch(c[0]){case"|":case">":{const e=c.indexOf("\n");const t=c.substring(0,e);const r=c.substring(e+1)+"\n";const s=[{type:"block-scalar-header",offset:a,indent:n,source:t}];if(!addEndtoBlockProps(s,l))s.push({type:"newline",offset:-1,indent:n,source:"\n"});return{type:"block-scalar",offset:a,indent:n,props:s,source:r}}case'"':return{type:"double-quoted-scalar",offset:a,indent:n,source:c,end:l};case"'":return{type:"single-quoted-scalar",offset:a,indent:n,source:c,end:l};default:return{type:"scalar",offset:a,indent:n,source:c,end:l}}}function setScalarValue(e,t,r={}){let{afterKey:n=false,implicitKey:s=false,inFlow:a=false,type:o}=r;let c="indent"in e?e.indent:null;if(n&&typeof c==="number")c+=2;if(!o)switch(e.type){case"single-quoted-scalar":o="QUOTE_SINGLE";break;case"double-quoted-scalar":o="QUOTE_DOUBLE";break;case"block-scalar":{const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o=t.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:o="PLAIN"}const l=i.stringifyString({type:o,value:t},{implicitKey:s||c===null,indent:c!==null&&c>0?" ".repeat(c):"",inFlow:a,options:{blockQuote:true,lineWidth:-1}});switch(l[0]){case"|":case">":setBlockScalarValue(e,l);break;case'"':setFlowScalarValue(e,l,"double-quoted-scalar");break;case"'":setFlowScalarValue(e,l,"single-quoted-scalar");break;default:setFlowScalarValue(e,l,"scalar")}}function setBlockScalarValue(e,t){const r=t.indexOf("\n");const n=t.substring(0,r);const s=t.substring(r+1)+"\n";if(e.type==="block-scalar"){const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");t.source=n;e.source=s}else{const{offset:t}=e;const r="indent"in e?e.indent:-1;const a=[{type:"block-scalar-header",offset:t,indent:r,source:n}];if(!addEndtoBlockProps(a,"end"in e?e.end:undefined))a.push({type:"newline",offset:-1,indent:r,source:"\n"});for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:"block-scalar",indent:r,props:a,source:s})}}function addEndtoBlockProps(e,t){if(t)for(const r of t)switch(r.type){case"space":case"comment":e.push(r);break;case"newline":e.push(r);return true}return false}function setFlowScalarValue(e,t,r){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=r;e.source=t;break;case"block-scalar":{const n=e.props.slice(1);let s=t.length;if(e.props[0].type==="block-scalar-header")s-=e.props[0].source.length;for(const e of n)e.offset+=s;delete e.props;Object.assign(e,{type:r,source:t,end:n});break}case"block-map":case"block-seq":{const n=e.offset+t.length;const s={type:"newline",offset:n,indent:e.indent,source:"\n"};delete e.items;Object.assign(e,{type:r,source:t,end:[s]});break}default:{const n="indent"in e?e.indent:-1;const s="end"in e&&Array.isArray(e.end)?e.end.filter(e=>e.type==="space"||e.type==="comment"||e.type==="newline"):[];for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:r,indent:n,source:t,end:s})}}}t.createScalarToken=createScalarToken;t.resolveAsScalar=resolveAsScalar;t.setScalarValue=setScalarValue},91733:(e,t)=>{const stringify=e=>"type"in e?stringifyToken(e):stringifyItem(e);function stringifyToken(e){switch(e.type){case"block-scalar":{let t="";for(const r of e.props)t+=stringifyToken(r);return t+e.source}case"block-map":case"block-seq":{let t="";for(const r of e.items)t+=stringifyItem(r);return t}case"flow-collection":{let t=e.start.source;for(const r of e.items)t+=stringifyItem(r);for(const r of e.end)t+=r.source;return t}case"document":{let t=stringifyItem(e);if(e.end)for(const r of e.end)t+=r.source;return t}default:{let t=e.source;if("end"in e&&e.end)for(const r of e.end)t+=r.source;return t}}}function stringifyItem({start:e,key:t,sep:r,value:n}){let s="";for(const t of e)s+=t.source;if(t)s+=stringifyToken(t);if(r)for(const e of r)s+=e.source;if(n)s+=stringifyToken(n);return s}t.stringify=stringify},97715:(e,t)=>{const r=Symbol("break visit");const n=Symbol("skip children");const s=Symbol("remove item");function visit(e,t){if("type"in e&&e.type==="document")e={start:e.start,value:e.value};_visit(Object.freeze([]),e,t)}visit.BREAK=r;visit.SKIP=n;visit.REMOVE=s;visit.itemAtPath=(e,t)=>{let r=e;for(const[e,n]of t){const t=r?.[e];if(t&&"items"in t){r=t.items[n]}else return undefined}return r};visit.parentCollection=(e,t)=>{const r=visit.itemAtPath(e,t.slice(0,-1));const n=t[t.length-1][0];const s=r?.[n];if(s&&"items"in s)return s;throw new Error("Parent collection not found")};function _visit(e,t,n){let a=n(t,e);if(typeof a==="symbol")return a;for(const i of["key","value"]){const o=t[i];if(o&&"items"in o){for(let t=0;t<o.items.length;++t){const a=_visit(Object.freeze(e.concat([[i,t]])),o.items[t],n);if(typeof a==="number")t=a-1;else if(a===r)return r;else if(a===s){o.items.splice(t,1);t-=1}}if(typeof a==="function"&&i==="key")a=a(t,e)}}return typeof a==="function"?a(t,e):a}t.visit=visit},3461:(e,t,r)=>{var n=r(60110);var s=r(91733);var a=r(97715);const i="\ufeff";const o="";const c="";const l="";const isCollection=e=>!!e&&"items"in e;const isScalar=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function prettyToken(e){switch(e){case i:return"<BOM>";case o:return"<DOC>";case c:return"<FLOW_END>";case l:return"<SCALAR>";default:return JSON.stringify(e)}}function tokenType(e){switch(e){case i:return"byte-order-mark";case o:return"doc-mode";case c:return"flow-error-end";case l:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case"\n":case"\r\n":return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"\t":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}t.createScalarToken=n.createScalarToken;t.resolveAsScalar=n.resolveAsScalar;t.setScalarValue=n.setScalarValue;t.stringify=s.stringify;t.visit=a.visit;t.BOM=i;t.DOCUMENT=o;t.FLOW_END=c;t.SCALAR=l;t.isCollection=isCollection;t.isScalar=isScalar;t.prettyToken=prettyToken;t.tokenType=tokenType},40361:(e,t,r)=>{var n=r(3461);function isEmpty(e){switch(e){case undefined:case" ":case"\n":case"\r":case"\t":return true;default:return false}}const s=new Set("0123456789ABCDEFabcdef");const a=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");const i=new Set(",[]{}");const o=new Set(" ,[]{}\n\r\t");const isNotAnchorChar=e=>!e||o.has(e);class Lexer{constructor(){this.atEnd=false;this.blockScalarIndent=-1;this.blockScalarKeep=false;this.buffer="";this.flowKey=false;this.flowLevel=0;this.indentNext=0;this.indentValue=0;this.lineEndPos=null;this.next=null;this.pos=0}*lex(e,t=false){if(e){if(typeof e!=="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e;this.lineEndPos=null}this.atEnd=!t;let r=this.next??"stream";while(r&&(t||this.hasChars(1)))r=yield*this.parseNext(r)}atLineEnd(){let e=this.pos;let t=this.buffer[e];while(t===" "||t==="\t")t=this.buffer[++e];if(!t||t==="#"||t==="\n")return true;if(t==="\r")return this.buffer[e+1]==="\n";return false}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let r=0;while(t===" ")t=this.buffer[++r+e];if(t==="\r"){const t=this.buffer[r+e+1];if(t==="\n"||!t&&!this.atEnd)return e+r+1}return t==="\n"||r>=this.indentNext||!t&&!this.atEnd?e+r:-1}if(t==="-"||t==="."){const t=this.buffer.substr(e,3);if((t==="---"||t==="...")&&isEmpty(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;if(typeof e!=="number"||e!==-1&&e<this.pos){e=this.buffer.indexOf("\n",this.pos);this.lineEndPos=e}if(e===-1)return this.atEnd?this.buffer.substring(this.pos):null;if(this.buffer[e-1]==="\r")e-=1;return this.buffer.substring(this.pos,e)}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){this.buffer=this.buffer.substring(this.pos);this.pos=0;this.lineEndPos=null;this.next=e;return null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===n.BOM){yield*this.pushCount(1);e=e.substring(1)}if(e[0]==="%"){let t=e.length;let r=e.indexOf("#");while(r!==-1){const n=e[r-1];if(n===" "||n==="\t"){t=r-1;break}else{r=e.indexOf("#",r+1)}}while(true){const r=e[t-1];if(r===" "||r==="\t")t-=1;else break}const n=(yield*this.pushCount(t))+(yield*this.pushSpaces(true));yield*this.pushCount(e.length-n);this.pushNewline();return"stream"}if(this.atLineEnd()){const t=yield*this.pushSpaces(true);yield*this.pushCount(e.length-t);yield*this.pushNewline();return"stream"}yield n.DOCUMENT;return yield*this.parseLineStart()}*parseLineStart(){const e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");const e=this.peek(3);if((e==="---"||e==="...")&&isEmpty(this.charAt(3))){yield*this.pushCount(3);this.indentValue=0;this.indentNext=0;return e==="---"?"doc":"stream"}}this.indentValue=yield*this.pushSpaces(false);if(this.indentNext>this.indentValue&&!isEmpty(this.charAt(1)))this.indentNext=this.indentValue;return yield*this.parseBlockStart()}*parseBlockStart(){const[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&isEmpty(t)){const e=(yield*this.pushCount(1))+(yield*this.pushSpaces(true));this.indentNext=this.indentValue+1;this.indentValue+=e;return"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(true);const e=this.getLine();if(e===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case undefined:yield*this.pushNewline();return yield*this.parseLineStart();case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel=1;return"flow";case"}":case"]":yield*this.pushCount(1);return"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":t+=(yield*this.parseBlockScalarHeader());t+=(yield*this.pushSpaces(true));yield*this.pushCount(e.length-t);yield*this.pushNewline();return yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t;let r=-1;do{e=yield*this.pushNewline();if(e>0){t=yield*this.pushSpaces(false);this.indentValue=r=t}else{t=0}t+=(yield*this.pushSpaces(true))}while(e+t>0);const s=this.getLine();if(s===null)return this.setNext("flow");if(r!==-1&&r<this.indentNext&&s[0]!=="#"||r===0&&(s.startsWith("---")||s.startsWith("..."))&&isEmpty(s[3])){const e=r===this.indentNext-1&&this.flowLevel===1&&(s[0]==="]"||s[0]==="}");if(!e){this.flowLevel=0;yield n.FLOW_END;return yield*this.parseLineStart()}}let a=0;while(s[a]===","){a+=(yield*this.pushCount(1));a+=(yield*this.pushSpaces(true));this.flowKey=false}a+=(yield*this.pushIndicators());switch(s[a]){case undefined:return"flow";case"#":yield*this.pushCount(s.length-a);return"flow";case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel+=1;return"flow";case"}":case"]":yield*this.pushCount(1);this.flowKey=true;this.flowLevel-=1;return this.flowLevel?"flow":"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"flow";case'"':case"'":this.flowKey=true;return yield*this.parseQuotedScalar();case":":{const e=this.charAt(1);if(this.flowKey||isEmpty(e)||e===","){this.flowKey=false;yield*this.pushCount(1);yield*this.pushSpaces(true);return"flow"}}default:this.flowKey=false;return yield*this.parsePlainScalar()}}*parseQuotedScalar(){const e=this.charAt(0);let t=this.buffer.indexOf(e,this.pos+1);if(e==="'"){while(t!==-1&&this.buffer[t+1]==="'")t=this.buffer.indexOf("'",t+2)}else{while(t!==-1){let e=0;while(this.buffer[t-1-e]==="\\")e+=1;if(e%2===0)break;t=this.buffer.indexOf('"',t+1)}}const r=this.buffer.substring(0,t);let n=r.indexOf("\n",this.pos);if(n!==-1){while(n!==-1){const e=this.continueScalar(n+1);if(e===-1)break;n=r.indexOf("\n",e)}if(n!==-1){t=n-(r[n-1]==="\r"?2:1)}}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}yield*this.pushToIndex(t+1,false);return this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1;this.blockScalarKeep=false;let e=this.pos;while(true){const t=this.buffer[++e];if(t==="+")this.blockScalarKeep=true;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(e=>isEmpty(e)||e==="#")}*parseBlockScalar(){let e=this.pos-1;let t=0;let r;e:for(let n=this.pos;r=this.buffer[n];++n){switch(r){case" ":t+=1;break;case"\n":e=n;t=0;break;case"\r":{const e=this.buffer[n+1];if(!e&&!this.atEnd)return this.setNext("block-scalar");if(e==="\n")break}default:break e}}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){if(this.blockScalarIndent===-1)this.indentNext=t;else{this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext)}do{const t=this.continueScalar(e+1);if(t===-1)break;e=this.buffer.indexOf("\n",t)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let s=e+1;r=this.buffer[s];while(r===" ")r=this.buffer[++s];if(r==="\t"){while(r==="\t"||r===" "||r==="\r"||r==="\n")r=this.buffer[++s];e=s-1}else if(!this.blockScalarKeep){do{let r=e-1;let n=this.buffer[r];if(n==="\r")n=this.buffer[--r];const s=r;while(n===" ")n=this.buffer[--r];if(n==="\n"&&r>=this.pos&&r+1+t>s)e=r;else break}while(true)}yield n.SCALAR;yield*this.pushToIndex(e+1,true);return yield*this.parseLineStart()}*parsePlainScalar(){const e=this.flowLevel>0;let t=this.pos-1;let r=this.pos-1;let s;while(s=this.buffer[++r]){if(s===":"){const n=this.buffer[r+1];if(isEmpty(n)||e&&i.has(n))break;t=r}else if(isEmpty(s)){let n=this.buffer[r+1];if(s==="\r"){if(n==="\n"){r+=1;s="\n";n=this.buffer[r+1]}else t=r}if(n==="#"||e&&i.has(n))break;if(s==="\n"){const e=this.continueScalar(r+1);if(e===-1)break;r=Math.max(r,e-2)}}else{if(e&&i.has(s))break;t=r}}if(!s&&!this.atEnd)return this.setNext("plain-scalar");yield n.SCALAR;yield*this.pushToIndex(t+1,true);return e?"flow":"doc"}*pushCount(e){if(e>0){yield this.buffer.substr(this.pos,e);this.pos+=e;return e}return 0}*pushToIndex(e,t){const r=this.buffer.slice(this.pos,e);if(r){yield r;this.pos+=r.length;return r.length}else if(t)yield"";return 0}*pushIndicators(){let e=0;e:while(true){switch(this.charAt(0)){case"!":e+=(yield*this.pushTag());e+=(yield*this.pushSpaces(true));continue e;case"&":e+=(yield*this.pushUntil(isNotAnchorChar));e+=(yield*this.pushSpaces(true));continue e;case"-":case"?":case":":{const t=this.flowLevel>0;const r=this.charAt(1);if(isEmpty(r)||t&&i.has(r)){if(!t)this.indentNext=this.indentValue+1;else if(this.flowKey)this.flowKey=false;e+=(yield*this.pushCount(1));e+=(yield*this.pushSpaces(true));continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2;let t=this.buffer[e];while(!isEmpty(t)&&t!==">")t=this.buffer[++e];return yield*this.pushToIndex(t===">"?e+1:e,false)}else{let e=this.pos+1;let t=this.buffer[e];while(t){if(a.has(t))t=this.buffer[++e];else if(t==="%"&&s.has(this.buffer[e+1])&&s.has(this.buffer[e+2])){t=this.buffer[e+=3]}else break}return yield*this.pushToIndex(e,false)}}*pushNewline(){const e=this.buffer[this.pos];if(e==="\n")return yield*this.pushCount(1);else if(e==="\r"&&this.charAt(1)==="\n")return yield*this.pushCount(2);else return 0}*pushSpaces(e){let t=this.pos-1;let r;do{r=this.buffer[++t]}while(r===" "||e&&r==="\t");const n=t-this.pos;if(n>0){yield this.buffer.substr(this.pos,n);this.pos=t}return n}*pushUntil(e){let t=this.pos;let r=this.buffer[t];while(!e(r))r=this.buffer[++t];return yield*this.pushToIndex(t,false)}}t.Lexer=Lexer},66628:(e,t)=>{class LineCounter{constructor(){this.lineStarts=[];this.addNewLine=e=>this.lineStarts.push(e);this.linePos=e=>{let t=0;let r=this.lineStarts.length;while(t<r){const n=t+r>>1;if(this.lineStarts[n]<e)t=n+1;else r=n}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};const n=this.lineStarts[t-1];return{line:t,col:e-n+1}}}}t.LineCounter=LineCounter},3456:(e,t,r)=>{var n=r(932);var s=r(3461);var a=r(40361);function includesToken(e,t){for(let r=0;r<e.length;++r)if(e[r].type===t)return true;return false}function findNonEmptyIndex(e){for(let t=0;t<e.length;++t){switch(e[t].type){case"space":case"comment":case"newline":break;default:return t}}return-1}function isFlowToken(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return true;default:return false}}function getPrevProps(e){switch(e.type){case"document":return e.start;case"block-map":{const t=e.items[e.items.length-1];return t.sep??t.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function getFirstKeyStartProps(e){if(e.length===0)return[];let t=e.length;e:while(--t>=0){switch(e[t].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}}while(e[++t]?.type==="space"){}return e.splice(t,e.length)}function arrayPushArray(e,t){if(t.length<1e5)Array.prototype.push.apply(e,t);else for(let r=0;r<t.length;++r)e.push(t[r])}function fixFlowSeqItems(e){if(e.start.type==="flow-seq-start"){for(const t of e.items){if(t.sep&&!t.value&&!includesToken(t.start,"explicit-key-ind")&&!includesToken(t.sep,"map-value-ind")){if(t.key)t.value=t.key;delete t.key;if(isFlowToken(t.value)){if(t.value.end)arrayPushArray(t.value.end,t.sep);else t.value.end=t.sep}else arrayPushArray(t.start,t.sep);delete t.sep}}}}class Parser{constructor(e){this.atNewLine=true;this.atScalar=false;this.indent=0;this.offset=0;this.onKeyLine=false;this.stack=[];this.source="";this.type="";this.lexer=new a.Lexer;this.onNewLine=e}*parse(e,t=false){if(this.onNewLine&&this.offset===0)this.onNewLine(0);for(const r of this.lexer.lex(e,t))yield*this.next(r);if(!t)yield*this.end()}*next(e){this.source=e;if(n.env.LOG_TOKENS)console.log("|",s.prettyToken(e));if(this.atScalar){this.atScalar=false;yield*this.step();this.offset+=e.length;return}const t=s.tokenType(e);if(!t){const t=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:t,source:e});this.offset+=e.length}else if(t==="scalar"){this.atNewLine=false;this.atScalar=true;this.type="scalar"}else{this.type=t;yield*this.step();switch(t){case"newline":this.atNewLine=true;this.indent=0;if(this.onNewLine)this.onNewLine(this.offset+e.length);break;case"space":if(this.atNewLine&&e[0]===" ")this.indent+=e.length;break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":if(this.atNewLine)this.indent+=e.length;break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=false}this.offset+=e.length}}*end(){while(this.stack.length>0)yield*this.pop()}get sourceToken(){const e={type:this.type,offset:this.offset,indent:this.indent,source:this.source};return e}*step(){const e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){while(this.stack.length>0)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){const t=e??this.stack.pop();if(!t){const e="Tried to pop an empty stack";yield{type:"error",offset:this.offset,source:"",message:e}}else if(this.stack.length===0){yield t}else{const e=this.peek(1);if(t.type==="block-scalar"){t.indent="indent"in e?e.indent:0}else if(t.type==="flow-collection"&&e.type==="document"){t.indent=0}if(t.type==="flow-collection")fixFlowSeqItems(t);switch(e.type){case"document":e.value=t;break;case"block-scalar":e.props.push(t);break;case"block-map":{const r=e.items[e.items.length-1];if(r.value){e.items.push({start:[],key:t,sep:[]});this.onKeyLine=true;return}else if(r.sep){r.value=t}else{Object.assign(r,{key:t,sep:[]});this.onKeyLine=!r.explicitKey;return}break}case"block-seq":{const r=e.items[e.items.length-1];if(r.value)e.items.push({start:[],value:t});else r.value=t;break}case"flow-collection":{const r=e.items[e.items.length-1];if(!r||r.value)e.items.push({start:[],key:t,sep:[]});else if(r.sep)r.value=t;else Object.assign(r,{key:t,sep:[]});return}default:yield*this.pop();yield*this.pop(t)}if((e.type==="document"||e.type==="block-map"||e.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){const r=t.items[t.items.length-1];if(r&&!r.sep&&!r.value&&r.start.length>0&&findNonEmptyIndex(r.start)===-1&&(t.indent===0||r.start.every(e=>e.type!=="comment"||e.indent<t.indent))){if(e.type==="document")e.end=r.start;else e.items.push({start:r.start});t.items.splice(-1,1)}}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{const e={type:"document",offset:this.offset,start:[]};if(this.type==="doc-start")e.start.push(this.sourceToken);this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{if(findNonEmptyIndex(e.start)!==-1){yield*this.pop();yield*this.step()}else e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}const t=this.startBlockValue(e);if(t)this.stack.push(t);else{yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}}*scalar(e){if(this.type==="map-value-ind"){const t=getPrevProps(this.peek(2));const r=getFirstKeyStartProps(t);let n;if(e.end){n=e.end;n.push(this.sourceToken);delete e.end}else n=[this.sourceToken];const s={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:n}]};this.onKeyLine=true;this.stack[this.stack.length-1]=s}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":e.source=this.source;this.atNewLine=true;this.indent=0;if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}yield*this.pop();break;default:yield*this.pop();yield*this.step()}}*blockMap(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":this.onKeyLine=false;if(t.value){const r="end"in t.value?t.value.end:undefined;const n=Array.isArray(r)?r[r.length-1]:undefined;if(n?.type==="comment")r?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"space":case"comment":if(t.value){e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{if(this.atIndentedComment(t.start,e.indent)){const r=e.items[e.items.length-2];const n=r?.value?.end;if(Array.isArray(n)){arrayPushArray(n,t.start);n.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){const r=!this.onKeyLine&&this.indent===e.indent;const n=r&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind";let s=[];if(n&&t.sep&&!t.value){const r=[];for(let n=0;n<t.sep.length;++n){const s=t.sep[n];switch(s.type){case"newline":r.push(n);break;case"space":break;case"comment":if(s.indent>e.indent)r.length=0;break;default:r.length=0}}if(r.length>=2)s=t.sep.splice(r[1])}switch(this.type){case"anchor":case"tag":if(n||t.value){s.push(this.sourceToken);e.items.push({start:s});this.onKeyLine=true}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"explicit-key-ind":if(!t.sep&&!t.explicitKey){t.start.push(this.sourceToken);t.explicitKey=true}else if(n||t.value){s.push(this.sourceToken);e.items.push({start:s,explicitKey:true})}else{this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:true}]})}this.onKeyLine=true;return;case"map-value-ind":if(t.explicitKey){if(!t.sep){if(includesToken(t.start,"newline")){Object.assign(t,{key:null,sep:[this.sourceToken]})}else{const e=getFirstKeyStartProps(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:null,sep:[this.sourceToken]}]})}}else if(t.value){e.items.push({start:[],key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else if(isFlowToken(t.key)&&!includesToken(t.sep,"newline")){const e=getFirstKeyStartProps(t.start);const r=t.key;const n=t.sep;n.push(this.sourceToken);delete t.key;delete t.sep;this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:r,sep:n}]})}else if(s.length>0){t.sep=t.sep.concat(s,this.sourceToken)}else{t.sep.push(this.sourceToken)}}else{if(!t.sep){Object.assign(t,{key:null,sep:[this.sourceToken]})}else if(t.value||n){e.items.push({start:s,key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]})}else{t.sep.push(this.sourceToken)}}this.onKeyLine=true;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const r=this.flowScalar(this.type);if(n||t.value){e.items.push({start:s,key:r,sep:[]});this.onKeyLine=true}else if(t.sep){this.stack.push(r)}else{Object.assign(t,{key:r,sep:[]});this.onKeyLine=true}return}default:{const n=this.startBlockValue(e);if(n){if(n.type==="block-seq"){if(!t.explicitKey&&t.sep&&!includesToken(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else if(r){e.items.push({start:s})}this.stack.push(n);return}}}}yield*this.pop();yield*this.step()}*blockSequence(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){const r="end"in t.value?t.value.end:undefined;const n=Array.isArray(r)?r[r.length-1]:undefined;if(n?.type==="comment")r?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){const r=e.items[e.items.length-2];const n=r?.value?.end;if(Array.isArray(n)){arrayPushArray(n,t.start);n.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;if(t.value||includesToken(t.start,"seq-item-ind"))e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return}if(this.indent>e.indent){const t=this.startBlockValue(e);if(t){this.stack.push(t);return}}yield*this.pop();yield*this.step()}*flowCollection(e){const t=e.items[e.items.length-1];if(this.type==="flow-error-end"){let e;do{yield*this.pop();e=this.peek(1)}while(e?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":if(!t||t.sep)e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return;case"map-value-ind":if(!t||t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":if(!t||t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const r=this.flowScalar(this.type);if(!t||t.value)e.items.push({start:[],key:r,sep:[]});else if(t.sep)this.stack.push(r);else Object.assign(t,{key:r,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}const r=this.startBlockValue(e);if(r)this.stack.push(r);else{yield*this.pop();yield*this.step()}}else{const t=this.peek(2);if(t.type==="block-map"&&(this.type==="map-value-ind"&&t.indent===e.indent||this.type==="newline"&&!t.items[t.items.length-1].sep)){yield*this.pop();yield*this.step()}else if(this.type==="map-value-ind"&&t.type!=="flow-collection"){const r=getPrevProps(t);const n=getFirstKeyStartProps(r);fixFlowSeqItems(e);const s=e.end.splice(1,e.end.length);s.push(this.sourceToken);const a={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:n,key:e,sep:s}]};this.onKeyLine=true;this.stack[this.stack.length-1]=a}else{yield*this.lineEnd(e)}}}flowScalar(e){if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=true;const t=getPrevProps(e);const r=getFirstKeyStartProps(t);r.push(this.sourceToken);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:true}]}}case"map-value-ind":{this.onKeyLine=true;const t=getPrevProps(e);const r=getFirstKeyStartProps(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){if(this.type!=="comment")return false;if(this.indent<=t)return false;return e.every(e=>e.type==="newline"||e.type==="space")}*documentEnd(e){if(this.type!=="doc-mode"){if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop();yield*this.step();break;case"newline":this.onKeyLine=false;case"space":case"comment":default:if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}}t.Parser=Parser},84047:(e,t,r)=>{var n=r(89984);var s=r(3021);var a=r(91464);var i=r(57249);var o=r(41127);var c=r(66628);var l=r(3456);function parseOptions(e){const t=e.prettyErrors!==false;const r=e.lineCounter||t&&new c.LineCounter||null;return{lineCounter:r,prettyErrors:t}}function parseAllDocuments(e,t={}){const{lineCounter:r,prettyErrors:s}=parseOptions(t);const i=new l.Parser(r?.addNewLine);const o=new n.Composer(t);const c=Array.from(o.compose(i.parse(e)));if(s&&r)for(const t of c){t.errors.forEach(a.prettifyError(e,r));t.warnings.forEach(a.prettifyError(e,r))}if(c.length>0)return c;return Object.assign([],{empty:true},o.streamInfo())}function parseDocument(e,t={}){const{lineCounter:r,prettyErrors:s}=parseOptions(t);const i=new l.Parser(r?.addNewLine);const o=new n.Composer(t);let c=null;for(const t of o.compose(i.parse(e),true,e.length)){if(!c)c=t;else if(c.options.logLevel!=="silent"){c.errors.push(new a.YAMLParseError(t.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}}if(s&&r){c.errors.forEach(a.prettifyError(e,r));c.warnings.forEach(a.prettifyError(e,r))}return c}function parse(e,t,r){let n=undefined;if(typeof t==="function"){n=t}else if(r===undefined&&t&&typeof t==="object"){r=t}const s=parseDocument(e,r);if(!s)return null;s.warnings.forEach(e=>i.warn(s.options.logLevel,e));if(s.errors.length>0){if(s.options.logLevel!=="silent")throw s.errors[0];else s.errors=[]}return s.toJS(Object.assign({reviver:n},r))}function stringify(e,t,r){let n=null;if(typeof t==="function"||Array.isArray(t)){n=t}else if(r===undefined&&t){r=t}if(typeof r==="string")r=r.length;if(typeof r==="number"){const e=Math.round(r);r=e<1?undefined:e>8?{indent:8}:{indent:e}}if(e===undefined){const{keepUndefined:e}=r??t??{};if(!e)return undefined}if(o.isDocument(e)&&!n)return e.toString(r);return new s.Document(e,n,r).toString(r)}t.parse=parse;t.parseAllDocuments=parseAllDocuments;t.parseDocument=parseDocument;t.stringify=stringify},45840:(e,t,r)=>{var n=r(41127);var s=r(47451);var a=r(1706);var i=r(66464);var o=r(90018);const sortMapEntriesByKey=(e,t)=>e.key<t.key?-1:e.key>t.key?1:0;class Schema{constructor({compat:e,customTags:t,merge:r,resolveKnownTags:c,schema:l,sortMapEntries:f,toStringDefaults:u}){this.compat=Array.isArray(e)?o.getTags(e,"compat"):e?o.getTags(null,e):null;this.name=typeof l==="string"&&l||"core";this.knownTags=c?o.coreKnownTags:{};this.tags=o.getTags(t,this.name,r);this.toStringOptions=u??null;Object.defineProperty(this,n.MAP,{value:s.map});Object.defineProperty(this,n.SCALAR,{value:i.string});Object.defineProperty(this,n.SEQ,{value:a.seq});this.sortMapEntries=typeof f==="function"?f:f===true?sortMapEntriesByKey:null}clone(){const e=Object.create(Schema.prototype,Object.getOwnPropertyDescriptors(this));e.tags=this.tags.slice();return e}}t.Schema=Schema},47451:(e,t,r)=>{var n=r(41127);var s=r(84454);const a={collection:"map",default:true,nodeClass:s.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,t){if(!n.isMap(e))t("Expected a mapping for this tag");return e},createNode:(e,t,r)=>s.YAMLMap.from(e,t,r)};t.map=a},73632:(e,t,r)=>{var n=r(63301);const s={identify:e=>e==null,createNode:()=>new n.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new n.Scalar(null),stringify:({source:e},t)=>typeof e==="string"&&s.test.test(e)?e:t.options.nullStr};t.nullTag=s},1706:(e,t,r)=>{var n=r(41127);var s=r(92223);const a={collection:"seq",default:true,nodeClass:s.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,t){if(!n.isSeq(e))t("Expected a sequence for this tag");return e},createNode:(e,t,r)=>s.YAMLSeq.from(e,t,r)};t.seq=a},66464:(e,t,r)=>{var n=r(83069);const s={identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,t,r,s){t=Object.assign({actualString:true},t);return n.stringifyString(e,t,r,s)}};t.string=s},73959:(e,t,r)=>{var n=r(63301);const s={identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new n.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:t},r){if(e&&s.test.test(e)){const r=e[0]==="t"||e[0]==="T";if(t===r)return e}return t?r.options.trueStr:r.options.falseStr}};t.boolTag=s},38405:(e,t,r)=>{var n=r(63301);var s=r(28689);const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber};const i={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}};const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){const t=new n.Scalar(parseFloat(e));const r=e.indexOf(".");if(r!==-1&&e[e.length-1]==="0")t.minFractionDigits=e.length-r-1;return t},stringify:s.stringifyNumber};t.float=o;t.floatExp=i;t.floatNaN=a},59874:(e,t,r)=>{var n=r(28689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);const intResolve=(e,t,r,{intAsBigInt:n})=>n?BigInt(e):parseInt(e.substring(t),r);function intStringify(e,t,r){const{value:s}=e;if(intIdentify(s)&&s>=0)return r+s.toString(t);return n.stringifyNumber(e)}const s={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,t,r)=>intResolve(e,2,8,r),stringify:e=>intStringify(e,8,"0o")};const a={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,t,r)=>intResolve(e,0,10,r),stringify:n.stringifyNumber};const i={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,t,r)=>intResolve(e,2,16,r),stringify:e=>intStringify(e,16,"0x")};t.int=a;t.intHex=i;t.intOct=s},70896:(e,t,r)=>{var n=r(47451);var s=r(73632);var a=r(1706);var i=r(66464);var o=r(73959);var c=r(38405);var l=r(59874);const f=[n.map,a.seq,i.string,s.nullTag,o.boolTag,l.intOct,l.int,l.intHex,c.floatNaN,c.floatExp,c.float];t.schema=f},33559:(e,t,r)=>{var n=r(63301);var s=r(47451);var a=r(1706);function intIdentify(e){return typeof e==="bigint"||Number.isInteger(e)}const stringifyJSON=({value:e})=>JSON.stringify(e);const i=[{identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:stringifyJSON},{identify:e=>e==null,createNode:()=>new n.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:stringifyJSON},{identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:stringifyJSON},{identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:r})=>r?BigInt(e):parseInt(e,10),stringify:({value:e})=>intIdentify(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:stringifyJSON}];const o={default:true,tag:"",test:/^/,resolve(e,t){t(`Unresolved plain scalar ${JSON.stringify(e)}`);return e}};const c=[s.map,a.seq].concat(i,o);t.schema=c},90018:(e,t,r)=>{var n=r(47451);var s=r(73632);var a=r(1706);var i=r(66464);var o=r(73959);var c=r(38405);var l=r(59874);var f=r(70896);var u=r(33559);var d=r(56083);var p=r(90452);var h=r(50303);var m=r(18385);var v=r(35913);var y=r(81528);var g=r(24371);const w=new Map([["core",f.schema],["failsafe",[n.map,a.seq,i.string]],["json",u.schema],["yaml11",v.schema],["yaml-1.1",v.schema]]);const b={binary:d.binary,bool:o.boolTag,float:c.float,floatExp:c.floatExp,floatNaN:c.floatNaN,floatTime:g.floatTime,int:l.int,intHex:l.intHex,intOct:l.intOct,intTime:g.intTime,map:n.map,merge:p.merge,null:s.nullTag,omap:h.omap,pairs:m.pairs,seq:a.seq,set:y.set,timestamp:g.timestamp};const S={"tag:yaml.org,2002:binary":d.binary,"tag:yaml.org,2002:merge":p.merge,"tag:yaml.org,2002:omap":h.omap,"tag:yaml.org,2002:pairs":m.pairs,"tag:yaml.org,2002:set":y.set,"tag:yaml.org,2002:timestamp":g.timestamp};function getTags(e,t,r){const n=w.get(t);if(n&&!e){return r&&!n.includes(p.merge)?n.concat(p.merge):n.slice()}let s=n;if(!s){if(Array.isArray(e))s=[];else{const e=Array.from(w.keys()).filter(e=>e!=="yaml11").map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown schema "${t}"; use one of ${e} or define customTags array`)}}if(Array.isArray(e)){for(const t of e)s=s.concat(t)}else if(typeof e==="function"){s=e(s.slice())}if(r)s=s.concat(p.merge);return s.reduce((e,t)=>{const r=typeof t==="string"?b[t]:t;if(!r){const e=JSON.stringify(t);const r=Object.keys(b).map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown custom tag ${e}; use one of ${r}`)}if(!e.includes(r))e.push(r);return e},[])}t.coreKnownTags=S;t.getTags=getTags},56083:(e,t,r)=>{var n=r(20181);var s=r(63301);var a=r(83069);const i={identify:e=>e instanceof Uint8Array,default:false,tag:"tag:yaml.org,2002:binary",resolve(e,t){if(typeof n.Buffer==="function"){return n.Buffer.from(e,"base64")}else if(typeof atob==="function"){const t=atob(e.replace(/[\n\r]/g,""));const r=new Uint8Array(t.length);for(let e=0;e<t.length;++e)r[e]=t.charCodeAt(e);return r}else{t("This environment does not support reading binary tags; either Buffer or atob is required");return e}},stringify({comment:e,type:t,value:r},i,o,c){if(!r)return"";const l=r;let f;if(typeof n.Buffer==="function"){f=l instanceof n.Buffer?l.toString("base64"):n.Buffer.from(l.buffer).toString("base64")}else if(typeof btoa==="function"){let e="";for(let t=0;t<l.length;++t)e+=String.fromCharCode(l[t]);f=btoa(e)}else{throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required")}t??(t=s.Scalar.BLOCK_LITERAL);if(t!==s.Scalar.QUOTE_DOUBLE){const e=Math.max(i.options.lineWidth-i.indent.length,i.options.minContentWidth);const r=Math.ceil(f.length/e);const n=new Array(r);for(let t=0,s=0;t<r;++t,s+=e){n[t]=f.substr(s,e)}f=n.join(t===s.Scalar.BLOCK_LITERAL?"\n":" ")}return a.stringifyString({comment:e,type:t,value:f},i,o,c)}};t.binary=i},88398:(e,t,r)=>{var n=r(63301);function boolStringify({value:e,source:t},r){const n=e?s:a;if(t&&n.test.test(t))return t;return e?r.options.trueStr:r.options.falseStr}const s={identify:e=>e===true,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new n.Scalar(true),stringify:boolStringify};const a={identify:e=>e===false,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new n.Scalar(false),stringify:boolStringify};t.falseTag=a;t.trueTag=s},35782:(e,t,r)=>{var n=r(63301);var s=r(28689);const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber};const i={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}};const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){const t=new n.Scalar(parseFloat(e.replace(/_/g,"")));const r=e.indexOf(".");if(r!==-1){const n=e.substring(r+1).replace(/_/g,"");if(n[n.length-1]==="0")t.minFractionDigits=n.length}return t},stringify:s.stringifyNumber};t.float=o;t.floatExp=i;t.floatNaN=a},10873:(e,t,r)=>{var n=r(28689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);function intResolve(e,t,r,{intAsBigInt:n}){const s=e[0];if(s==="-"||s==="+")t+=1;e=e.substring(t).replace(/_/g,"");if(n){switch(r){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}const t=BigInt(e);return s==="-"?BigInt(-1)*t:t}const a=parseInt(e,r);return s==="-"?-1*a:a}function intStringify(e,t,r){const{value:s}=e;if(intIdentify(s)){const e=s.toString(t);return s<0?"-"+r+e.substr(1):r+e}return n.stringifyNumber(e)}const s={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,t,r)=>intResolve(e,2,2,r),stringify:e=>intStringify(e,2,"0b")};const a={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,t,r)=>intResolve(e,1,8,r),stringify:e=>intStringify(e,8,"0")};const i={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,t,r)=>intResolve(e,0,10,r),stringify:n.stringifyNumber};const o={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,t,r)=>intResolve(e,2,16,r),stringify:e=>intStringify(e,16,"0x")};t.int=i;t.intBin=s;t.intHex=o;t.intOct=a},90452:(e,t,r)=>{var n=r(41127);var s=r(63301);const a="<<";const i={identify:e=>e===a||typeof e==="symbol"&&e.description===a,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new s.Scalar(Symbol(a)),{addToJSMap:addMergeToJSMap}),stringify:()=>a};const isMergeKey=(e,t)=>(i.identify(t)||n.isScalar(t)&&(!t.type||t.type===s.Scalar.PLAIN)&&i.identify(t.value))&&e?.doc.schema.tags.some(e=>e.tag===i.tag&&e.default);function addMergeToJSMap(e,t,r){const s=resolveAliasValue(e,r);if(n.isSeq(s))for(const r of s.items)mergeValue(e,t,r);else if(Array.isArray(s))for(const r of s)mergeValue(e,t,r);else mergeValue(e,t,s)}function mergeValue(e,t,r){const s=resolveAliasValue(e,r);if(!n.isMap(s))throw new Error("Merge sources must be maps or map aliases");const a=s.toJSON(null,e,Map);for(const[e,r]of a){if(t instanceof Map){if(!t.has(e))t.set(e,r)}else if(t instanceof Set){t.add(e)}else if(!Object.prototype.hasOwnProperty.call(t,e)){Object.defineProperty(t,e,{value:r,writable:true,enumerable:true,configurable:true})}}return t}function resolveAliasValue(e,t){return e&&n.isAlias(t)?t.resolve(e.doc,e):t}t.addMergeToJSMap=addMergeToJSMap;t.isMergeKey=isMergeKey;t.merge=i},50303:(e,t,r)=>{var n=r(41127);var s=r(74043);var a=r(84454);var i=r(92223);var o=r(18385);class YAMLOMap extends i.YAMLSeq{constructor(){super();this.add=a.YAMLMap.prototype.add.bind(this);this.delete=a.YAMLMap.prototype.delete.bind(this);this.get=a.YAMLMap.prototype.get.bind(this);this.has=a.YAMLMap.prototype.has.bind(this);this.set=a.YAMLMap.prototype.set.bind(this);this.tag=YAMLOMap.tag}toJSON(e,t){if(!t)return super.toJSON(e);const r=new Map;if(t?.onCreate)t.onCreate(r);for(const e of this.items){let a,i;if(n.isPair(e)){a=s.toJS(e.key,"",t);i=s.toJS(e.value,a,t)}else{a=s.toJS(e,"",t)}if(r.has(a))throw new Error("Ordered maps must not include duplicate keys");r.set(a,i)}return r}static from(e,t,r){const n=o.createPairs(e,t,r);const s=new this;s.items=n.items;return s}}YAMLOMap.tag="tag:yaml.org,2002:omap";const c={collection:"seq",identify:e=>e instanceof Map,nodeClass:YAMLOMap,default:false,tag:"tag:yaml.org,2002:omap",resolve(e,t){const r=o.resolvePairs(e,t);const s=[];for(const{key:e}of r.items){if(n.isScalar(e)){if(s.includes(e.value)){t(`Ordered maps must not include duplicate keys: ${e.value}`)}else{s.push(e.value)}}}return Object.assign(new YAMLOMap,r)},createNode:(e,t,r)=>YAMLOMap.from(e,t,r)};t.YAMLOMap=YAMLOMap;t.omap=c},18385:(e,t,r)=>{var n=r(41127);var s=r(57165);var a=r(63301);var i=r(92223);function resolvePairs(e,t){if(n.isSeq(e)){for(let r=0;r<e.items.length;++r){let i=e.items[r];if(n.isPair(i))continue;else if(n.isMap(i)){if(i.items.length>1)t("Each pair must have its own sequence indicator");const e=i.items[0]||new s.Pair(new a.Scalar(null));if(i.commentBefore)e.key.commentBefore=e.key.commentBefore?`${i.commentBefore}\n${e.key.commentBefore}`:i.commentBefore;if(i.comment){const t=e.value??e.key;t.comment=t.comment?`${i.comment}\n${t.comment}`:i.comment}i=e}e.items[r]=n.isPair(i)?i:new s.Pair(i)}}else t("Expected a sequence for this tag");return e}function createPairs(e,t,r){const{replacer:n}=r;const a=new i.YAMLSeq(e);a.tag="tag:yaml.org,2002:pairs";let o=0;if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof n==="function")e=n.call(t,String(o++),e);let i,c;if(Array.isArray(e)){if(e.length===2){i=e[0];c=e[1]}else throw new TypeError(`Expected [key, value] tuple: ${e}`)}else if(e&&e instanceof Object){const t=Object.keys(e);if(t.length===1){i=t[0];c=e[i]}else{throw new TypeError(`Expected tuple with one key, not ${t.length} keys`)}}else{i=e}a.items.push(s.createPair(i,c,r))}return a}const o={collection:"seq",default:false,tag:"tag:yaml.org,2002:pairs",resolve:resolvePairs,createNode:createPairs};t.createPairs=createPairs;t.pairs=o;t.resolvePairs=resolvePairs},35913:(e,t,r)=>{var n=r(47451);var s=r(73632);var a=r(1706);var i=r(66464);var o=r(56083);var c=r(88398);var l=r(35782);var f=r(10873);var u=r(90452);var d=r(50303);var p=r(18385);var h=r(81528);var m=r(24371);const v=[n.map,a.seq,i.string,s.nullTag,c.trueTag,c.falseTag,f.intBin,f.intOct,f.int,f.intHex,l.floatNaN,l.floatExp,l.float,o.binary,u.merge,d.omap,p.pairs,h.set,m.intTime,m.floatTime,m.timestamp];t.schema=v},81528:(e,t,r)=>{var n=r(41127);var s=r(57165);var a=r(84454);class YAMLSet extends a.YAMLMap{constructor(e){super(e);this.tag=YAMLSet.tag}add(e){let t;if(n.isPair(e))t=e;else if(e&&typeof e==="object"&&"key"in e&&"value"in e&&e.value===null)t=new s.Pair(e.key,null);else t=new s.Pair(e,null);const r=a.findPair(this.items,t.key);if(!r)this.items.push(t)}get(e,t){const r=a.findPair(this.items,e);return!t&&n.isPair(r)?n.isScalar(r.key)?r.key.value:r.key:r}set(e,t){if(typeof t!=="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);const r=a.findPair(this.items,e);if(r&&!t){this.items.splice(this.items.indexOf(r),1)}else if(!r&&t){this.items.push(new s.Pair(e))}}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,r){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(true))return super.toString(Object.assign({},e,{allNullValues:true}),t,r);else throw new Error("Set items must all have null values")}static from(e,t,r){const{replacer:n}=r;const a=new this(e);if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof n==="function")e=n.call(t,e,e);a.items.push(s.createPair(e,null,r))}return a}}YAMLSet.tag="tag:yaml.org,2002:set";const i={collection:"map",identify:e=>e instanceof Set,nodeClass:YAMLSet,default:false,tag:"tag:yaml.org,2002:set",createNode:(e,t,r)=>YAMLSet.from(e,t,r),resolve(e,t){if(n.isMap(e)){if(e.hasAllNullValues(true))return Object.assign(new YAMLSet,e);else t("Set items must all have null values")}else t("Expected a mapping for this tag");return e}};t.YAMLSet=YAMLSet;t.set=i},24371:(e,t,r)=>{var n=r(28689);function parseSexagesimal(e,t){const r=e[0];const n=r==="-"||r==="+"?e.substring(1):e;const num=e=>t?BigInt(e):Number(e);const s=n.replace(/_/g,"").split(":").reduce((e,t)=>e*num(60)+num(t),num(0));return r==="-"?num(-1)*s:s}function stringifySexagesimal(e){let{value:t}=e;let num=e=>e;if(typeof t==="bigint")num=e=>BigInt(e);else if(isNaN(t)||!isFinite(t))return n.stringifyNumber(e);let r="";if(t<0){r="-";t*=num(-1)}const s=num(60);const a=[t%s];if(t<60){a.unshift(0)}else{t=(t-a[0])/s;a.unshift(t%s);if(t>=60){t=(t-a[0])/s;a.unshift(t)}}return r+a.map(e=>String(e).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}const s={identify:e=>typeof e==="bigint"||Number.isInteger(e),default:true,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,t,{intAsBigInt:r})=>parseSexagesimal(e,r),stringify:stringifySexagesimal};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>parseSexagesimal(e,false),stringify:stringifySexagesimal};const i={identify:e=>e instanceof Date,default:true,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"+"(?:"+"(?:t|T|[ \\t]+)"+"([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)"+"(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?"+")?$"),resolve(e){const t=e.match(i.test);if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");const[,r,n,s,a,o,c]=t.map(Number);const l=t[7]?Number((t[7]+"00").substr(1,3)):0;let f=Date.UTC(r,n-1,s,a||0,o||0,c||0,l);const u=t[8];if(u&&u!=="Z"){let e=parseSexagesimal(u,false);if(Math.abs(e)<30)e*=60;f-=6e4*e}return new Date(f)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};t.floatTime=a;t.intTime=s;t.timestamp=i},34475:(e,t)=>{const r="flow";const n="block";const s="quoted";function foldFlowLines(e,t,r="flow",{indentAtStart:a,lineWidth:i=80,minContentWidth:o=20,onFold:c,onOverflow:l}={}){if(!i||i<0)return e;if(i<o)o=0;const f=Math.max(1+o,1+i-t.length);if(e.length<=f)return e;const u=[];const d={};let p=i-t.length;if(typeof a==="number"){if(a>i-Math.max(2,o))u.push(0);else p=i-a}let h=undefined;let m=undefined;let v=false;let y=-1;let g=-1;let w=-1;if(r===n){y=consumeMoreIndentedLines(e,y,t.length);if(y!==-1)p=y+f}for(let a;a=e[y+=1];){if(r===s&&a==="\\"){g=y;switch(e[y+1]){case"x":y+=3;break;case"u":y+=5;break;case"U":y+=9;break;default:y+=1}w=y}if(a==="\n"){if(r===n)y=consumeMoreIndentedLines(e,y,t.length);p=y+t.length+f;h=undefined}else{if(a===" "&&m&&m!==" "&&m!=="\n"&&m!=="\t"){const t=e[y+1];if(t&&t!==" "&&t!=="\n"&&t!=="\t")h=y}if(y>=p){if(h){u.push(h);p=h+f;h=undefined}else if(r===s){while(m===" "||m==="\t"){m=a;a=e[y+=1];v=true}const t=y>w+1?y-2:g-1;if(d[t])return e;u.push(t);d[t]=true;p=t+f;h=undefined}else{v=true}}}m=a}if(v&&l)l();if(u.length===0)return e;if(c)c();let b=e.slice(0,u[0]);for(let n=0;n<u.length;++n){const a=u[n];const i=u[n+1]||e.length;if(a===0)b=`\n${t}${e.slice(0,i)}`;else{if(r===s&&d[a])b+=`${e[a]}\\`;b+=`\n${t}${e.slice(a+1,i)}`}}return b}function consumeMoreIndentedLines(e,t,r){let n=t;let s=t+1;let a=e[s];while(a===" "||a==="\t"){if(t<s+r){a=e[++t]}else{do{a=e[++t]}while(a&&a!=="\n");n=t;s=t+1;a=e[s]}}return n}t.FOLD_BLOCK=n;t.FOLD_FLOW=r;t.FOLD_QUOTED=s;t.foldFlowLines=foldFlowLines},2148:(e,t,r)=>{var n=r(71596);var s=r(41127);var a=r(59799);var i=r(83069);function createStringifyContext(e,t){const r=Object.assign({blockQuote:true,commentString:a.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:false,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:true,indentSeq:true,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:false,singleQuote:null,trailingComma:false,trueStr:"true",verifyAliasOrder:true},e.schema.toStringOptions,t);let n;switch(r.collectionStyle){case"block":n=false;break;case"flow":n=true;break;default:n=null}return{anchors:new Set,doc:e,flowCollectionPadding:r.flowCollectionPadding?" ":"",indent:"",indentStep:typeof r.indent==="number"?" ".repeat(r.indent):"  ",inFlow:n,options:r}}function getTagObject(e,t){if(t.tag){const r=e.filter(e=>e.tag===t.tag);if(r.length>0)return r.find(e=>e.format===t.format)??r[0]}let r=undefined;let n;if(s.isScalar(t)){n=t.value;let s=e.filter(e=>e.identify?.(n));if(s.length>1){const e=s.filter(e=>e.test);if(e.length>0)s=e}r=s.find(e=>e.format===t.format)??s.find(e=>!e.format)}else{n=t;r=e.find(e=>e.nodeClass&&n instanceof e.nodeClass)}if(!r){const e=n?.constructor?.name??(n===null?"null":typeof n);throw new Error(`Tag not resolved for ${e} value`)}return r}function stringifyProps(e,t,{anchors:r,doc:a}){if(!a.directives)return"";const i=[];const o=(s.isScalar(e)||s.isCollection(e))&&e.anchor;if(o&&n.anchorIsValid(o)){r.add(o);i.push(`&${o}`)}const c=e.tag??(t.default?null:t.tag);if(c)i.push(a.directives.tagString(c));return i.join(" ")}function stringify(e,t,r,n){if(s.isPair(e))return e.toString(t,r,n);if(s.isAlias(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e)){throw new TypeError(`Cannot stringify circular structure without alias nodes`)}else{if(t.resolvedAliases)t.resolvedAliases.add(e);else t.resolvedAliases=new Set([e]);e=e.resolve(t.doc)}}let a=undefined;const o=s.isNode(e)?e:t.doc.createNode(e,{onTagObj:e=>a=e});a??(a=getTagObject(t.doc.schema.tags,o));const c=stringifyProps(o,a,t);if(c.length>0)t.indentAtStart=(t.indentAtStart??0)+c.length+1;const l=typeof a.stringify==="function"?a.stringify(o,t,r,n):s.isScalar(o)?i.stringifyString(o,t,r,n):o.toString(t,r,n);if(!c)return l;return s.isScalar(o)||l[0]==="{"||l[0]==="["?`${c} ${l}`:`${c}\n${t.indent}${l}`}t.createStringifyContext=createStringifyContext;t.stringify=stringify},61212:(e,t,r)=>{var n=r(41127);var s=r(2148);var a=r(59799);function stringifyCollection(e,t,r){const n=t.inFlow??e.flow;const s=n?stringifyFlowCollection:stringifyBlockCollection;return s(e,t,r)}function stringifyBlockCollection({comment:e,items:t},r,{blockItemPrefix:i,flowChars:o,itemIndent:c,onChompKeep:l,onComment:f}){const{indent:u,options:{commentString:d}}=r;const p=Object.assign({},r,{indent:c,type:null});let h=false;const m=[];for(let e=0;e<t.length;++e){const o=t[e];let l=null;if(n.isNode(o)){if(!h&&o.spaceBefore)m.push("");addCommentBefore(r,m,o.commentBefore,h);if(o.comment)l=o.comment}else if(n.isPair(o)){const e=n.isNode(o.key)?o.key:null;if(e){if(!h&&e.spaceBefore)m.push("");addCommentBefore(r,m,e.commentBefore,h)}}h=false;let f=s.stringify(o,p,()=>l=null,()=>h=true);if(l)f+=a.lineComment(f,c,d(l));if(h&&l)h=false;m.push(i+f)}let v;if(m.length===0){v=o.start+o.end}else{v=m[0];for(let e=1;e<m.length;++e){const t=m[e];v+=t?`\n${u}${t}`:"\n"}}if(e){v+="\n"+a.indentComment(d(e),u);if(f)f()}else if(h&&l)l();return v}function stringifyFlowCollection({items:e},t,{flowChars:r,itemIndent:i}){const{indent:o,indentStep:c,flowCollectionPadding:l,options:{commentString:f}}=t;i+=c;const u=Object.assign({},t,{indent:i,inFlow:true,type:null});let d=false;let p=0;const h=[];for(let r=0;r<e.length;++r){const o=e[r];let c=null;if(n.isNode(o)){if(o.spaceBefore)h.push("");addCommentBefore(t,h,o.commentBefore,false);if(o.comment)c=o.comment}else if(n.isPair(o)){const e=n.isNode(o.key)?o.key:null;if(e){if(e.spaceBefore)h.push("");addCommentBefore(t,h,e.commentBefore,false);if(e.comment)d=true}const r=n.isNode(o.value)?o.value:null;if(r){if(r.comment)c=r.comment;if(r.commentBefore)d=true}else if(o.value==null&&e?.comment){c=e.comment}}if(c)d=true;let l=s.stringify(o,u,()=>c=null);d||(d=h.length>p||l.includes("\n"));if(r<e.length-1){l+=","}else if(t.options.trailingComma){if(t.options.lineWidth>0){d||(d=h.reduce((e,t)=>e+t.length+2,2)+(l.length+2)>t.options.lineWidth)}if(d){l+=","}}if(c)l+=a.lineComment(l,i,f(c));h.push(l);p=h.length}const{start:m,end:v}=r;if(h.length===0){return m+v}else{if(!d){const e=h.reduce((e,t)=>e+t.length+2,2);d=t.options.lineWidth>0&&e>t.options.lineWidth}if(d){let e=m;for(const t of h)e+=t?`\n${c}${o}${t}`:"\n";return`${e}\n${o}${v}`}else{return`${m}${l}${h.join(" ")}${l}${v}`}}}function addCommentBefore({indent:e,options:{commentString:t}},r,n,s){if(n&&s)n=n.replace(/^\n+/,"");if(n){const s=a.indentComment(t(n),e);r.push(s.trimStart())}}t.stringifyCollection=stringifyCollection},59799:(e,t)=>{const stringifyComment=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function indentComment(e,t){if(/^\n+$/.test(e))return e.substring(1);return t?e.replace(/^(?! *$)/gm,t):e}const lineComment=(e,t,r)=>e.endsWith("\n")?indentComment(r,t):r.includes("\n")?"\n"+indentComment(r,t):(e.endsWith(" ")?"":" ")+r;t.indentComment=indentComment;t.lineComment=lineComment;t.stringifyComment=stringifyComment},6829:(e,t,r)=>{var n=r(41127);var s=r(2148);var a=r(59799);function stringifyDocument(e,t){const r=[];let i=t.directives===true;if(t.directives!==false&&e.directives){const t=e.directives.toString(e);if(t){r.push(t);i=true}else if(e.directives.docStart)i=true}if(i)r.push("---");const o=s.createStringifyContext(e,t);const{commentString:c}=o.options;if(e.commentBefore){if(r.length!==1)r.unshift("");const t=c(e.commentBefore);r.unshift(a.indentComment(t,""))}let l=false;let f=null;if(e.contents){if(n.isNode(e.contents)){if(e.contents.spaceBefore&&i)r.push("");if(e.contents.commentBefore){const t=c(e.contents.commentBefore);r.push(a.indentComment(t,""))}o.forceBlockIndent=!!e.comment;f=e.contents.comment}const t=f?undefined:()=>l=true;let u=s.stringify(e.contents,o,()=>f=null,t);if(f)u+=a.lineComment(u,"",c(f));if((u[0]==="|"||u[0]===">")&&r[r.length-1]==="---"){r[r.length-1]=`--- ${u}`}else r.push(u)}else{r.push(s.stringify(e.contents,o))}if(e.directives?.docEnd){if(e.comment){const t=c(e.comment);if(t.includes("\n")){r.push("...");r.push(a.indentComment(t,""))}else{r.push(`... ${t}`)}}else{r.push("...")}}else{let t=e.comment;if(t&&l)t=t.replace(/^\n+/,"");if(t){if((!l||f)&&r[r.length-1]!=="")r.push("");r.push(a.indentComment(c(t),""))}}return r.join("\n")+"\n"}t.stringifyDocument=stringifyDocument},28689:(e,t)=>{function stringifyNumber({format:e,minFractionDigits:t,tag:r,value:n}){if(typeof n==="bigint")return String(n);const s=typeof n==="number"?n:Number(n);if(!isFinite(s))return isNaN(s)?".nan":s<0?"-.inf":".inf";let a=Object.is(n,-0)?"-0":JSON.stringify(n);if(!e&&t&&(!r||r==="tag:yaml.org,2002:float")&&/^-?\d/.test(a)&&!a.includes("e")){let e=a.indexOf(".");if(e<0){e=a.length;a+="."}let r=t-(a.length-e-1);while(r-- >0)a+="0"}return a}t.stringifyNumber=stringifyNumber},59748:(e,t,r)=>{var n=r(41127);var s=r(63301);var a=r(2148);var i=r(59799);function stringifyPair({key:e,value:t},r,o,c){const{allNullValues:l,doc:f,indent:u,indentStep:d,options:{commentString:p,indentSeq:h,simpleKeys:m}}=r;let v=n.isNode(e)&&e.comment||null;if(m){if(v){throw new Error("With simple keys, key nodes cannot have comments")}if(n.isCollection(e)||!n.isNode(e)&&typeof e==="object"){const e="With simple keys, collection cannot be used as a key value";throw new Error(e)}}let y=!m&&(!e||v&&t==null&&!r.inFlow||n.isCollection(e)||(n.isScalar(e)?e.type===s.Scalar.BLOCK_FOLDED||e.type===s.Scalar.BLOCK_LITERAL:typeof e==="object"));r=Object.assign({},r,{allNullValues:false,implicitKey:!y&&(m||!l),indent:u+d});let g=false;let w=false;let b=a.stringify(e,r,()=>g=true,()=>w=true);if(!y&&!r.inFlow&&b.length>1024){if(m)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");y=true}if(r.inFlow){if(l||t==null){if(g&&o)o();return b===""?"?":y?`? ${b}`:b}}else if(l&&!m||t==null&&y){b=`? ${b}`;if(v&&!g){b+=i.lineComment(b,r.indent,p(v))}else if(w&&c)c();return b}if(g)v=null;if(y){if(v)b+=i.lineComment(b,r.indent,p(v));b=`? ${b}\n${u}:`}else{b=`${b}:`;if(v)b+=i.lineComment(b,r.indent,p(v))}let S,$,x;if(n.isNode(t)){S=!!t.spaceBefore;$=t.commentBefore;x=t.comment}else{S=false;$=null;x=null;if(t&&typeof t==="object")t=f.createNode(t)}r.implicitKey=false;if(!y&&!v&&n.isScalar(t))r.indentAtStart=b.length+1;w=false;if(!h&&d.length>=2&&!r.inFlow&&!y&&n.isSeq(t)&&!t.flow&&!t.tag&&!t.anchor){r.indent=r.indent.substring(2)}let k=false;const E=a.stringify(t,r,()=>k=true,()=>w=true);let N=" ";if(v||S||$){N=S?"\n":"";if($){const e=p($);N+=`\n${i.indentComment(e,r.indent)}`}if(E===""&&!r.inFlow){if(N==="\n"&&x)N="\n\n"}else{N+=`\n${r.indent}`}}else if(!y&&n.isCollection(t)){const e=E[0];const n=E.indexOf("\n");const s=n!==-1;const a=r.inFlow??t.flow??t.items.length===0;if(s||!a){let t=false;if(s&&(e==="&"||e==="!")){let r=E.indexOf(" ");if(e==="&"&&r!==-1&&r<n&&E[r+1]==="!"){r=E.indexOf(" ",r+1)}if(r===-1||n<r)t=true}if(!t)N=`\n${r.indent}`}}else if(E===""||E[0]==="\n"){N=""}b+=N+E;if(r.inFlow){if(k&&o)o()}else if(x&&!k){b+=i.lineComment(b,r.indent,p(x))}else if(w&&c){c()}return b}t.stringifyPair=stringifyPair},83069:(e,t,r)=>{var n=r(63301);var s=r(34475);const getFoldOptions=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth});const containsDocumentMarker=e=>/^(%|---|\.\.\.)/m.test(e);function lineLengthOverLimit(e,t,r){if(!t||t<0)return false;const n=t-r;const s=e.length;if(s<=n)return false;for(let t=0,r=0;t<s;++t){if(e[t]==="\n"){if(t-r>n)return true;r=t+1;if(s-r<=n)return false}}return true}function doubleQuotedString(e,t){const r=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return r;const{implicitKey:n}=t;const a=t.options.doubleQuotedMinMultiLineLength;const i=t.indent||(containsDocumentMarker(e)?"  ":"");let o="";let c=0;for(let e=0,t=r[e];t;t=r[++e]){if(t===" "&&r[e+1]==="\\"&&r[e+2]==="n"){o+=r.slice(c,e)+"\\ ";e+=1;c=e;t="\\"}if(t==="\\")switch(r[e+1]){case"u":{o+=r.slice(c,e);const t=r.substr(e+2,4);switch(t){case"0000":o+="\\0";break;case"0007":o+="\\a";break;case"000b":o+="\\v";break;case"001b":o+="\\e";break;case"0085":o+="\\N";break;case"00a0":o+="\\_";break;case"2028":o+="\\L";break;case"2029":o+="\\P";break;default:if(t.substr(0,2)==="00")o+="\\x"+t.substr(2);else o+=r.substr(e,6)}e+=5;c=e+1}break;case"n":if(n||r[e+2]==='"'||r.length<a){e+=1}else{o+=r.slice(c,e)+"\n\n";while(r[e+2]==="\\"&&r[e+3]==="n"&&r[e+4]!=='"'){o+="\n";e+=2}o+=i;if(r[e+2]===" ")o+="\\";e+=1;c=e+1}break;default:e+=1}}o=c?o+r.slice(c):r;return n?o:s.foldFlowLines(o,i,s.FOLD_QUOTED,getFoldOptions(t,false))}function singleQuotedString(e,t){if(t.options.singleQuote===false||t.implicitKey&&e.includes("\n")||/[ \t]\n|\n[ \t]/.test(e))return doubleQuotedString(e,t);const r=t.indent||(containsDocumentMarker(e)?"  ":"");const n="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&\n${r}`)+"'";return t.implicitKey?n:s.foldFlowLines(n,r,s.FOLD_FLOW,getFoldOptions(t,false))}function quotedString(e,t){const{singleQuote:r}=t.options;let n;if(r===false)n=doubleQuotedString;else{const t=e.includes('"');const s=e.includes("'");if(t&&!s)n=singleQuotedString;else if(s&&!t)n=doubleQuotedString;else n=r?singleQuotedString:doubleQuotedString}return n(e,t)}let a;try{a=new RegExp("(^|(?<!\n))\n+(?!\n|$)","g")}catch{a=/\n+(?!\n|$)/g}function blockString({comment:e,type:t,value:r},i,o,c){const{blockQuote:l,commentString:f,lineWidth:u}=i.options;if(!l||/\n[\t ]+$/.test(r)){return quotedString(r,i)}const d=i.indent||(i.forceBlockIndent||containsDocumentMarker(r)?"  ":"");const p=l==="literal"?true:l==="folded"||t===n.Scalar.BLOCK_FOLDED?false:t===n.Scalar.BLOCK_LITERAL?true:!lineLengthOverLimit(r,u,d.length);if(!r)return p?"|\n":">\n";let h;let m;for(m=r.length;m>0;--m){const e=r[m-1];if(e!=="\n"&&e!=="\t"&&e!==" ")break}let v=r.substring(m);const y=v.indexOf("\n");if(y===-1){h="-"}else if(r===v||y!==v.length-1){h="+";if(c)c()}else{h=""}if(v){r=r.slice(0,-v.length);if(v[v.length-1]==="\n")v=v.slice(0,-1);v=v.replace(a,`$&${d}`)}let g=false;let w;let b=-1;for(w=0;w<r.length;++w){const e=r[w];if(e===" ")g=true;else if(e==="\n")b=w;else break}let S=r.substring(0,b<w?b+1:w);if(S){r=r.substring(S.length);S=S.replace(/\n+/g,`$&${d}`)}const $=d?"2":"1";let x=(g?$:"")+h;if(e){x+=" "+f(e.replace(/ ?[\r\n]+/g," "));if(o)o()}if(!p){const e=r.replace(/\n+/g,"\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${d}`);let a=false;const o=getFoldOptions(i,true);if(l!=="folded"&&t!==n.Scalar.BLOCK_FOLDED){o.onOverflow=()=>{a=true}}const c=s.foldFlowLines(`${S}${e}${v}`,d,s.FOLD_BLOCK,o);if(!a)return`>${x}\n${d}${c}`}r=r.replace(/\n+/g,`$&${d}`);return`|${x}\n${d}${S}${r}${v}`}function plainString(e,t,r,a){const{type:i,value:o}=e;const{actualString:c,implicitKey:l,indent:f,indentStep:u,inFlow:d}=t;if(l&&o.includes("\n")||d&&/[[\]{},]/.test(o)){return quotedString(o,t)}if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o)){return l||d||!o.includes("\n")?quotedString(o,t):blockString(e,t,r,a)}if(!l&&!d&&i!==n.Scalar.PLAIN&&o.includes("\n")){return blockString(e,t,r,a)}if(containsDocumentMarker(o)){if(f===""){t.forceBlockIndent=true;return blockString(e,t,r,a)}else if(l&&f===u){return quotedString(o,t)}}const p=o.replace(/\n+/g,`$&\n${f}`);if(c){const test=e=>e.default&&e.tag!=="tag:yaml.org,2002:str"&&e.test?.test(p);const{compat:e,tags:r}=t.doc.schema;if(r.some(test)||e?.some(test))return quotedString(o,t)}return l?p:s.foldFlowLines(p,f,s.FOLD_FLOW,getFoldOptions(t,false))}function stringifyString(e,t,r,s){const{implicitKey:a,inFlow:i}=t;const o=typeof e.value==="string"?e:Object.assign({},e,{value:String(e.value)});let{type:c}=e;if(c!==n.Scalar.QUOTE_DOUBLE){if(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(o.value))c=n.Scalar.QUOTE_DOUBLE}const _stringify=e=>{switch(e){case n.Scalar.BLOCK_FOLDED:case n.Scalar.BLOCK_LITERAL:return a||i?quotedString(o.value,t):blockString(o,t,r,s);case n.Scalar.QUOTE_DOUBLE:return doubleQuotedString(o.value,t);case n.Scalar.QUOTE_SINGLE:return singleQuotedString(o.value,t);case n.Scalar.PLAIN:return plainString(o,t,r,s);default:return null}};let l=_stringify(c);if(l===null){const{defaultKeyType:e,defaultStringType:r}=t.options;const n=a&&e||r;l=_stringify(n);if(l===null)throw new Error(`Unsupported default string type ${n}`)}return l}t.stringifyString=stringifyString},10204:(e,t,r)=>{var n=r(41127);const s=Symbol("break visit");const a=Symbol("skip children");const i=Symbol("remove node");function visit(e,t){const r=initVisitor(t);if(n.isDocument(e)){const t=visit_(null,e.contents,r,Object.freeze([e]));if(t===i)e.contents=null}else visit_(null,e,r,Object.freeze([]))}visit.BREAK=s;visit.SKIP=a;visit.REMOVE=i;function visit_(e,t,r,a){const o=callVisitor(e,t,r,a);if(n.isNode(o)||n.isPair(o)){replaceNode(e,a,o);return visit_(e,o,r,a)}if(typeof o!=="symbol"){if(n.isCollection(t)){a=Object.freeze(a.concat(t));for(let e=0;e<t.items.length;++e){const n=visit_(e,t.items[e],r,a);if(typeof n==="number")e=n-1;else if(n===s)return s;else if(n===i){t.items.splice(e,1);e-=1}}}else if(n.isPair(t)){a=Object.freeze(a.concat(t));const e=visit_("key",t.key,r,a);if(e===s)return s;else if(e===i)t.key=null;const n=visit_("value",t.value,r,a);if(n===s)return s;else if(n===i)t.value=null}}return o}async function visitAsync(e,t){const r=initVisitor(t);if(n.isDocument(e)){const t=await visitAsync_(null,e.contents,r,Object.freeze([e]));if(t===i)e.contents=null}else await visitAsync_(null,e,r,Object.freeze([]))}visitAsync.BREAK=s;visitAsync.SKIP=a;visitAsync.REMOVE=i;async function visitAsync_(e,t,r,a){const o=await callVisitor(e,t,r,a);if(n.isNode(o)||n.isPair(o)){replaceNode(e,a,o);return visitAsync_(e,o,r,a)}if(typeof o!=="symbol"){if(n.isCollection(t)){a=Object.freeze(a.concat(t));for(let e=0;e<t.items.length;++e){const n=await visitAsync_(e,t.items[e],r,a);if(typeof n==="number")e=n-1;else if(n===s)return s;else if(n===i){t.items.splice(e,1);e-=1}}}else if(n.isPair(t)){a=Object.freeze(a.concat(t));const e=await visitAsync_("key",t.key,r,a);if(e===s)return s;else if(e===i)t.key=null;const n=await visitAsync_("value",t.value,r,a);if(n===s)return s;else if(n===i)t.value=null}}return o}function initVisitor(e){if(typeof e==="object"&&(e.Collection||e.Node||e.Value)){return Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e)}return e}function callVisitor(e,t,r,s){if(typeof r==="function")return r(e,t,s);if(n.isMap(t))return r.Map?.(e,t,s);if(n.isSeq(t))return r.Seq?.(e,t,s);if(n.isPair(t))return r.Pair?.(e,t,s);if(n.isScalar(t))return r.Scalar?.(e,t,s);if(n.isAlias(t))return r.Alias?.(e,t,s);return undefined}function replaceNode(e,t,r){const s=t[t.length-1];if(n.isCollection(s)){s.items[e]=r}else if(n.isPair(s)){if(e==="key")s.key=r;else s.value=r}else if(n.isDocument(s)){s.contents=r}else{const e=n.isAlias(s)?"alias":"scalar";throw new Error(`Cannot replace node with ${e} parent`)}}t.visit=visit;t.visitAsync=visitAsync},735:(e,t,r)=>{r.d(t,{Q:()=>markdownTable});function defaultStringLength(e){return e.length}function markdownTable(e,t){const r=t||{};const n=(r.align||[]).concat();const s=r.stringLength||defaultStringLength;const a=[];const i=[];const o=[];const c=[];let l=0;let f=-1;while(++f<e.length){const t=[];const n=[];let a=-1;if(e[f].length>l){l=e[f].length}while(++a<e[f].length){const i=serialize(e[f][a]);if(r.alignDelimiters!==false){const e=s(i);n[a]=e;if(c[a]===undefined||e>c[a]){c[a]=e}}t.push(i)}i[f]=t;o[f]=n}let u=-1;if(typeof n==="object"&&"length"in n){while(++u<l){a[u]=toAlignment(n[u])}}else{const e=toAlignment(n);while(++u<l){a[u]=e}}u=-1;const d=[];const p=[];while(++u<l){const e=a[u];let t="";let n="";if(e===99){t=":";n=":"}else if(e===108){t=":"}else if(e===114){n=":"}let s=r.alignDelimiters===false?1:Math.max(1,c[u]-t.length-n.length);const i=t+"-".repeat(s)+n;if(r.alignDelimiters!==false){s=t.length+s+n.length;if(s>c[u]){c[u]=s}p[u]=s}d[u]=i}i.splice(1,0,d);o.splice(1,0,p);f=-1;const h=[];while(++f<i.length){const e=i[f];const t=o[f];const n=r.fillRows===false?Math.max(1,i[f===1?0:f].length):l;u=-1;const s=[];while(++u<n){const i=e[u]||"";let o="";let l="";if(r.alignDelimiters!==false){const e=c[u]-(t[u]||0);const r=a[u];if(r===114){o=" ".repeat(e)}else if(r===99){const t=e/2;if(e%2){o=" ".repeat(t+.5);l=" ".repeat(t-.5)}else{o=" ".repeat(t);l=o}}else{l=" ".repeat(e)}}if(r.delimiterStart!==false&&!u){s.push("|")}if(r.padding!==false&&!(r.alignDelimiters===false&&i==="")&&(r.delimiterStart!==false||u)){s.push(" ")}if(r.alignDelimiters!==false){s.push(o)}s.push(i);if(r.alignDelimiters!==false){s.push(l)}if(r.padding!==false){s.push(" ")}if(r.delimiterEnd!==false||u!==n-1){s.push("|")}}h.push(r.delimiterEnd===false?s.join("").replace(/ +$/,""):s.join(""))}return h.join("\n")}function serialize(e){return e===null||e===undefined?"":String(e)}function toAlignment(e){const t=typeof e==="string"?e.codePointAt(0):0;return t===67||t===99?99:t===76||t===108?108:t===82||t===114?114:0}},74995:(e,t,r)=>{r.d(t,{l:()=>AbortError,A:()=>pRetry});var n=r(5546);const s=Object.prototype.toString;const isError=e=>s.call(e)==="[object Error]";const a=new Set(["network error","NetworkError when attempting to fetch resource.","The Internet connection appears to be offline.","Network request failed","fetch failed","terminated"," A network error occurred.","Network connection lost"]);function isNetworkError(e){const t=e&&isError(e)&&e.name==="TypeError"&&typeof e.message==="string";if(!t){return false}const{message:r,stack:n}=e;if(r==="Load failed"||r.startsWith("Load failed (")&&r.endsWith(")")){return n===undefined||"__sentry_captured__"in e}if(r.startsWith("error sending request for url")){return true}if(r==="Failed to fetch"||r.startsWith("Failed to fetch (")&&r.endsWith(")")){return true}return a.has(r)}class AbortError extends Error{constructor(e){super();if(e instanceof Error){this.originalError=e;({message:e}=e)}else{this.originalError=new Error(e);this.originalError.stack=this.stack}this.name="AbortError";this.message=e}}const decorateErrorWithCounts=(e,t,r)=>{const n=r.retries-(t-1);e.attemptNumber=t;e.retriesLeft=n;return e};async function pRetry(e,t){return new Promise((r,s)=>{t={...t};t.onFailedAttempt??=()=>{};t.shouldRetry??=()=>true;t.retries??=10;const a=n.operation(t);const abortHandler=()=>{a.stop();s(t.signal?.reason)};if(t.signal&&!t.signal.aborted){t.signal.addEventListener("abort",abortHandler,{once:true})}const cleanUp=()=>{t.signal?.removeEventListener("abort",abortHandler);a.stop()};a.attempt(async n=>{try{const t=await e(n);cleanUp();r(t)}catch(e){try{if(!(e instanceof Error)){throw new TypeError(`Non-error was thrown: "${e}". You should only throw errors.`)}if(e instanceof AbortError){throw e.originalError}if(e instanceof TypeError&&!isNetworkError(e)){throw e}decorateErrorWithCounts(e,n,t);if(!await t.shouldRetry(e)){a.stop();s(e)}await t.onFailedAttempt(e);if(!a.retry(e)){throw a.mainError()}}catch(e){decorateErrorWithCounts(e,n,t);cleanUp();s(e)}}})})}},75613:e=>{e.exports=JSON.parse("[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368000,20922789888000,355687428096000,6402373705728000,121645100408832000,2432902008176640000,51090942171709440000,1.1240007277776077e+21,2.585201673888498e+22,6.204484017332394e+23,1.5511210043330986e+25,4.0329146112660565e+26,1.0888869450418352e+28,3.0488834461171387e+29,8.841761993739702e+30,2.6525285981219107e+32,8.222838654177922e+33,2.631308369336935e+35,8.683317618811886e+36,2.9523279903960416e+38,1.0333147966386145e+40,3.7199332678990125e+41,1.3763753091226346e+43,5.230226174666011e+44,2.0397882081197444e+46,8.159152832478977e+47,3.345252661316381e+49,1.40500611775288e+51,6.041526306337383e+52,2.658271574788449e+54,1.1962222086548019e+56,5.502622159812089e+57,2.5862324151116818e+59,1.2413915592536073e+61,6.082818640342675e+62,3.0414093201713376e+64,1.5511187532873822e+66,8.065817517094388e+67,4.2748832840600255e+69,2.308436973392414e+71,1.2696403353658276e+73,7.109985878048635e+74,4.0526919504877214e+76,2.3505613312828785e+78,1.3868311854568984e+80,8.32098711274139e+81,5.075802138772248e+83,3.146997326038794e+85,1.98260831540444e+87,1.2688693218588417e+89,8.247650592082472e+90,5.443449390774431e+92,3.647111091818868e+94,2.4800355424368305e+96,1.711224524281413e+98,1.1978571669969892e+100,8.504785885678623e+101,6.1234458376886085e+103,4.4701154615126844e+105,3.307885441519386e+107,2.48091408113954e+109,1.8854947016660504e+111,1.4518309202828587e+113,1.1324281178206297e+115,8.946182130782976e+116,7.156945704626381e+118,5.797126020747368e+120,4.753643337012842e+122,3.945523969720659e+124,3.314240134565353e+126,2.81710411438055e+128,2.4227095383672734e+130,2.107757298379528e+132,1.8548264225739844e+134,1.650795516090846e+136,1.4857159644817615e+138,1.352001527678403e+140,1.2438414054641308e+142,1.1567725070816416e+144,1.087366156656743e+146,1.032997848823906e+148,9.916779348709496e+149,9.619275968248212e+151,9.426890448883248e+153,9.332621544394415e+155,9.332621544394415e+157,9.42594775983836e+159,9.614466715035127e+161,9.90290071648618e+163,1.0299016745145628e+166,1.081396758240291e+168,1.1462805637347084e+170,1.226520203196138e+172,1.324641819451829e+174,1.4438595832024937e+176,1.588245541522743e+178,1.7629525510902446e+180,1.974506857221074e+182,2.2311927486598138e+184,2.5435597334721877e+186,2.925093693493016e+188,3.393108684451898e+190,3.969937160808721e+192,4.684525849754291e+194,5.574585761207606e+196,6.689502913449127e+198,8.094298525273444e+200,9.875044200833601e+202,1.214630436702533e+205,1.506141741511141e+207,1.882677176888926e+209,2.372173242880047e+211,3.0126600184576594e+213,3.856204823625804e+215,4.974504222477287e+217,6.466855489220474e+219,8.47158069087882e+221,1.1182486511960043e+224,1.4872707060906857e+226,1.9929427461615188e+228,2.6904727073180504e+230,3.659042881952549e+232,5.012888748274992e+234,6.917786472619489e+236,9.615723196941089e+238,1.3462012475717526e+241,1.898143759076171e+243,2.695364137888163e+245,3.854370717180073e+247,5.5502938327393044e+249,8.047926057471992e+251,1.1749972043909107e+254,1.727245890454639e+256,2.5563239178728654e+258,3.80892263763057e+260,5.713383956445855e+262,8.62720977423324e+264,1.3113358856834524e+267,2.0063439050956823e+269,3.0897696138473508e+271,4.789142901463394e+273,7.471062926282894e+275,1.1729568794264145e+278,1.853271869493735e+280,2.9467022724950384e+282,4.7147236359920616e+284,7.590705053947219e+286,1.2296942187394494e+289,2.0044015765453026e+291,3.287218585534296e+293,5.423910666131589e+295,9.003691705778438e+297,1.503616514864999e+300,2.5260757449731984e+302,4.269068009004705e+304,7.257415615307999e+306]")},63837:e=>{e.exports=JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}')},72079:e=>{e.exports=JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}')}};