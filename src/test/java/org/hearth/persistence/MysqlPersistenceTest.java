package org.hearth.persistence;

import com.mysql.cj.jdbc.MysqlDataSource;
import javax.sql.DataSource;
import org.hearth.platform.persistence.DatabaseSettings;
import org.hearth.testsupport.TestDatabases;

/** The persistence contract on MySQL/MariaDB, in a database created for this run and dropped after it. */
class MysqlPersistenceTest extends PersistenceContract {

    private String server;
    private String database;

    @Override
    String jdbcUrl() throws Exception {
        server = TestDatabases.mysqlServer();
        database = TestDatabases.createMysqlDatabase(server);
        return DatabaseSettings.from(name -> "hearth.db.url".equals(name) ? database : null).urlWithCredentials();
    }

    @Override
    DataSource dataSource(String url) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    @Override
    void dropDatabase() throws Exception {
        if (database != null) {
            TestDatabases.dropMysqlDatabase(server, database);
        }
    }
}
