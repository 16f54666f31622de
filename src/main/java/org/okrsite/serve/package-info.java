/**
 * The development server: builds the site in memory, serves it on 127.0.0.1 with the JDK's HTTP
 * server, watches the source folder (themes included), rebuilds on change and reloads the open page
 * through a same-origin live-reload script. A content error is shown over the last good site, which
 * keeps being served; nothing here writes to disk.
 */
package org.okrsite.serve;
